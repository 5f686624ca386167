import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/run.js';
import type { Diagnostic } from '../../src/result/index.js';
import { readExpectation, type ExpectedDiagnostic } from './expectation.js';
import { SETUPS } from './setups.js';

const CORPUS = path.resolve(import.meta.dirname, '../fixtures/bad');
const cases = (await readdir(CORPUS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The compared part of a diagnostic: exactly the keys the expectation names. */
function shape(actual: Diagnostic, expected: ExpectedDiagnostic | undefined): ExpectedDiagnostic {
  const { severity, code, file, line, column } = actual;
  const result: ExpectedDiagnostic = { severity, code, file, line, column };
  if (expected?.messageIncludes !== undefined && actual.message.includes(expected.messageIncludes)) {
    result.messageIncludes = expected.messageIncludes;
  }
  return result;
}

describe('bad input corpus (test/fixtures/bad)', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  for (const name of cases) {
    it(name, async () => {
      const expected = await readExpectation(path.join(CORPUS, name, 'expected.json'));
      // Every case runs on a copy, so setups may write next to it and the corpus stays untouched.
      const temp = await mkdtemp(path.join(os.tmpdir(), `teamfit-bad-${name}-`));
      temps.push(temp);
      const root = path.join(temp, 'case');
      await cp(path.join(CORPUS, name), root, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
      if (expected.setup) await SETUPS[expected.setup](root);

      const result = await analyze({ paths: expected.paths ?? ['.'], cwd: root });

      const actual = result.diagnostics.map((d, i) => shape(d, expected.diagnostics[i]));
      // toEqual treats a missing key and an undefined one alike: a file-level diagnostic expects no line.
      expect(actual).toEqual(expected.diagnostics);
      const refs = new Set(result.model.entities.map((e) => e.ref));
      for (const ref of expected.entities) expect(refs, `${ref} is analysed`).toContain(ref);
      for (const ref of expected.absent ?? []) expect(refs, `${ref} was refused`).not.toContain(ref);
      const labels = Object.fromEntries(result.systems.map((s) => [s.ref, s.architecture.label]));
      for (const [ref, label] of Object.entries(expected.systems)) expect(labels[ref], ref).toBe(label);
    });
  }
});
