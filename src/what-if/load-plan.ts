import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { readText } from '../config/load-config.js';
import { parseCheckedYaml } from '../config/parse-checked-yaml.js';
import { placeOf } from '../config/source-map.js';
import type { Locate } from './apply-plan.js';
import { Plan, PLAN_ACTIONS } from './plan.js';
import { UsageError } from '../util/errors.js';

export interface LoadedPlan {
  plan: Plan;
  /** The plan file as given, for the report. */
  file: string;
  locate: Locate;
}

/** Reads and checks a change plan; every problem is a UsageError with file:line:column. */
export async function loadPlan(file: string, cwd: string): Promise<LoadedPlan> {
  const text = await readText(resolve(cwd, file), file, 'plan');
  return parsePlan(text, file);
}

export function parsePlan(text: string, file: string): LoadedPlan {
  const lines = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines });
  const locate: Locate = (path) => {
    const { line, column } = placeOf(document, lines, path);
    return `${file}:${line}:${column}`;
  };
  if (document.errors.length === 0) checkActions(document.toJS({ maxAliasCount: 50 }), locate);
  return { plan: parseCheckedYaml(text, file, Plan), file, locate };
}

/** A change is told by its action key; without one, zod would blame whichever shape it tried first. */
function checkActions(data: unknown, locate: Locate): void {
  const changes: unknown = data !== null && typeof data === 'object' && 'changes' in data ? data.changes : undefined;
  if (!Array.isArray(changes)) return;
  changes.forEach((change: unknown, index) => {
    if (change === null || typeof change !== 'object' || Array.isArray(change)) return;
    const actions = PLAN_ACTIONS.filter((action) => Object.hasOwn(change, action));
    if (actions.length === 1) return;
    const found = actions.length === 0 ? 'none' : actions.join(' and ');
    throw new UsageError(`${locate(['changes', index])}: changes[${index}]: expected exactly one of the keys ${PLAN_ACTIONS.join(', ')} (found ${found})`);
  });
}
