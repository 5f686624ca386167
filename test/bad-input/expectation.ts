import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { Severity } from '../../src/result/index.js';

/** One diagnostic a case must produce; file is relative to the case directory. */
const ExpectedDiagnostic = z.strictObject({
  severity: Severity,
  code: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  /** A fragment the message must contain, when the code alone does not say enough. */
  messageIncludes: z.string().optional(),
});
export type ExpectedDiagnostic = z.infer<typeof ExpectedDiagnostic>;

/** The contents of `test/fixtures/bad/<case>/expected.json`. */
export const Expectation = z.strictObject({
  /** What the case is about, in one sentence. */
  why: z.string().min(1),
  /** A step the test performs on a temporary copy before analysing it (files git cannot hold well). */
  setup: z.enum(['crlf', 'bom', 'latin1', 'utf16', 'big-file', 'symlink-escape', 'outside-file']).optional(),
  /** What to analyse, relative to the case directory; default `.`. */
  paths: z.array(z.string()).min(1).optional(),
  /** Every diagnostic of the result, in order. */
  diagnostics: z.array(ExpectedDiagnostic),
  /** Refs that must be in the model: the good entities beside the bad thing. */
  entities: z.array(z.string()).min(1),
  /** Refs that must not be in the model (what was refused). */
  absent: z.array(z.string()).optional(),
  /** Architecture label of each good system. */
  systems: z.record(z.string(), z.string()).refine((systems) => Object.keys(systems).length > 0, 'name at least one good system'),
});
export type Expectation = z.infer<typeof Expectation>;

export async function readExpectation(file: string): Promise<Expectation> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file} is missing: every case under test/fixtures/bad/ must say what it expects`);
  });
  return Expectation.parse(JSON.parse(text));
}
