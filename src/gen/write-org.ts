import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedFile } from './generate-org.js';

/** Writes the generated files under `dir`, creating folders as needed. */
export async function writeOrg(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text, 'utf8');
  }
}
