import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AnalysisResult } from 'teamfit';
import { comparable, comparableValue } from '../../../test/backstage-api/comparable.js';
import type { EntityAnswer } from '../src/index.js';
import { ROOT } from './northwind-backend.js';

/**
 * The frontend plugin's tests render what this backend answered for Northwind: the answers are recorded here
 * (TEAMFIT_RECORD_FIXTURES=1) and checked against every later run, so the fixture cannot drift from the backend.
 */
export const FRONTEND_FIXTURE = join(ROOT, 'plugins/teamfit/test/fixtures/northwind-answers.json');

export interface RecordedAnswers {
  /** How to make it again. */
  recordedBy: string;
  /** `GET /api/teamfit/result`. */
  result: AnalysisResult;
  /** `GET /api/teamfit/entities/:kind/:namespace/:name` of every System and Group, by ref. */
  entities: Record<string, EntityAnswer>;
}

export async function recordAnswers(get: (path: string) => Promise<Response>): Promise<RecordedAnswers> {
  const result = (await (await get('/result')).json()) as AnalysisResult;
  const entities: Record<string, EntityAnswer> = {};
  for (const ref of [...result.systems, ...result.teams].map((entry) => entry.ref).sort()) {
    const [kind, rest = ''] = ref.split(':');
    entities[ref] = (await (await get(`/entities/${kind}/${rest}`)).json()) as EntityAnswer;
  }
  return { recordedBy: 'TEAMFIT_RECORD_FIXTURES=1 npx vitest run plugins/teamfit-backend/test/teamfit-backend.test.ts', result, entities };
}

/** The machine's paths (this checkout, the temporary clones) as placeholders, so the file is the same on every machine. */
export function portable(answers: RecordedAnswers, repos: string): string {
  // Paths are shown relative to the checkout too (`../../tmp/...`): how deep depends on where it lies.
  const text = JSON.stringify(answers, null, 1).replaceAll(relative(ROOT, repos), '<repos>').replaceAll(repos, '<repos>').replaceAll(ROOT, '<root>');
  return `${text}\n`;
}

export function writeFixture(answers: RecordedAnswers, repos: string): void {
  writeFileSync(FRONTEND_FIXTURE, portable(answers, repos));
}

export function readFixture(): RecordedAnswers {
  return JSON.parse(readFileSync(FRONTEND_FIXTURE, 'utf8')) as RecordedAnswers;
}

/** What must agree between a recording and a fresh run: verdicts, signals, fits, findings; not when or where. */
export function comparableAnswers(answers: RecordedAnswers): unknown {
  const entities = Object.entries(answers.entities).map(([ref, { analysedAt: _analysedAt, ...answer }]) => [ref, comparableValue(answer)]);
  return { result: comparable(answers.result), entities: Object.fromEntries(entities) };
}
