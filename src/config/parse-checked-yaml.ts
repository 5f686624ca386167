import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../util/errors.js';
import { describeIssues, keyPath, prototypeKeys } from './config-errors.js';
import { knownKeysAt } from './schema-keys.js';
import { placeOf } from './source-map.js';

/**
 * A YAML (or JSON) file the user wrote, checked against `schema`. Every problem is a UsageError naming
 * `shownAs`, the line and column, the key path and what was expected; the first one in file order is
 * shown, with a count of the rest. Shared by the config and the what-if plan.
 */
export function parseCheckedYaml<S extends z.ZodType>(text: string, shownAs: string, schema: S): z.output<S> {
  const lines = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false });
  const syntax = document.errors[0];
  if (syntax !== undefined) {
    const { line, col } = lines.linePos(syntax.pos[0]);
    throw new UsageError(`${shownAs}:${line}:${col}: ${firstLine(syntax.message)}`);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    throw new UsageError(`${shownAs}: ${error instanceof Error ? firstLine(error.message) : String(error)}`);
  }
  const parsed = schema.safeParse(data, { reportInput: true });
  const knownKeys = (path: readonly PropertyKey[]) => knownKeysAt(schema, path);
  const found = [...prototypeKeys(data, knownKeys), ...(parsed.success ? [] : describeIssues(parsed.error.issues, knownKeys))];
  if (parsed.success && found.length === 0) return parsed.data;
  // Reported in file order, so the first message is the first thing to fix.
  const problems = found
    .map((problem) => ({ ...problem, place: placeOf(document, lines, problem.path, problem.key) }))
    .sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
  const [first, ...rest] = problems;
  if (first === undefined) throw new UsageError(`${shownAs}: invalid file`);
  const { line, column } = first.place;
  const path = keyPath(first.key === undefined ? first.path : [...first.path, first.key]);
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
  throw new UsageError(`${shownAs}:${line}:${column}: ${path}: ${first.text}${more}`);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
