import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { AnalysisResult } from '../result/index.js';
import { UsageError } from '../util/errors.js';

export const BASELINE_FILE = '.teamfit-baseline.json';

/**
 * The baseline file: today's findings by fingerprint. Only `fingerprint` is matched; rule, subject and
 * message are there so a reviewer can read the file's diff. No timestamp, so an unchanged catalog
 * rewrites the same bytes.
 */
export const BaselineFile = z.object({
  version: z.literal(1),
  tool: z.object({ name: z.literal('teamfit'), version: z.string() }),
  findings: z.array(z.object({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/), ruleId: z.string(), subject: z.string(), message: z.string() })),
});
export type BaselineFile = z.infer<typeof BaselineFile>;

export function baselineOf(result: AnalysisResult): BaselineFile {
  const findings = result.findings
    .map(({ fingerprint, ruleId, subject, message }) => ({ fingerprint, ruleId, subject, message }))
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.subject.localeCompare(b.subject) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, tool: { name: 'teamfit', version: result.tool.version }, findings };
}

/** A baseline as read, with the name it was given by. */
export interface LoadedBaseline {
  file: string;
  contents: BaselineFile;
}

/** Read a baseline; every problem is a UsageError naming the file. */
export async function readBaseline(file: string, cwd: string): Promise<LoadedBaseline> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`${file}: cannot read baseline: ${code} (create one with \`teamfit baseline\`)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not a teamfit baseline: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = BaselineFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') || '(root)';
    throw new UsageError(`${file}: not a teamfit baseline: ${path}: ${issue?.message ?? 'invalid'}`);
  }
  return { file, contents: parsed.data };
}
