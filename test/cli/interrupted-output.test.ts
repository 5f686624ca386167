import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, temporaryDirectory } from './run-teamfit.js';

// A child writes a long output through the CLI's writer and says when it has started; the test then
// interrupts it, as Ctrl-C or a kill would, while the temporary file is being written.
async function interruptWhileWriting(signal: NodeJS.Signals): Promise<{ dir: string; code: number | null }> {
  const dir = await temporaryDirectory();
  const output = new URL('../../dist/cli/output.js', import.meta.url).href;
  const script = `
    import { emit } from ${JSON.stringify(output)};
    const block = 'x'.repeat(1 << 16);
    function* pieces() {
      for (let index = 0; index < 4000; index++) {
        if (index === 8) process.stdout.write('writing\\n');
        yield block;
      }
    }
    await emit({ cwd: ${JSON.stringify(dir)}, stdout: () => {}, stderr: () => {} }, pieces(), 'report.json');`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((started) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('writing') && started()));
  child.kill(signal);
  const code = await new Promise<number | null>((done) => child.on('close', (exitCode) => done(exitCode)));
  return { dir, code };
}

describe('an interrupted --output', () => {
  for (const [signal, exitCode] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} leaves neither the target nor a temporary file, and exits ${exitCode}`, async () => {
      const { dir, code } = await interruptWhileWriting(signal);
      expect(code).toBe(exitCode);
      expect(existsSync(join(dir, 'report.json'))).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    }, 30_000);
  }
});
