import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sampleResult } from '../fixtures/report/sample-result.js';
import { runTeamfit, temporaryDirectory } from './run-teamfit.js';

// Command, exit code and output in one Markdown file, so a review shows exactly what a user sees.
const COMMANDS: string[][] = [
  ['rules'],
  ['report', '--from', 'result.json'],
  ['report', '--from', 'result.json', '--format', 'markdown', '--fail-on', 'none'],
  ['report', '--from', 'broken.json'],
  ['report', '--from', 'result.json', '--format', 'pdf'],
];

it('CLI transcripts match the snapshot', async () => {
  const cwd = await temporaryDirectory();
  await writeFile(join(cwd, 'result.json'), JSON.stringify(sampleResult));
  await writeFile(join(cwd, 'broken.json'), '{"schemaVersion": ');
  const sections: string[] = [];
  for (const args of COMMANDS) {
    const { code, stdout, stderr } = await runTeamfit(args, { cwd });
    sections.push(
      [`## teamfit ${args.join(' ')}`, `exit code: ${code}`, fence('stdout', stdout), fence('stderr', stderr)].filter(Boolean).join('\n\n'),
    );
  }
  await expect(`# CLI transcripts (NO_COLOR=1)\n\n${sections.join('\n\n')}\n`).toMatchFileSnapshot('__snapshots__/cli.md');
});

function fence(name: string, text: string): string {
  return text === '' ? '' : `${name}:\n\n\`\`\`\`text\n${text.trimEnd()}\n\`\`\`\``;
}
