import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { readText } from '../config/load-config.js';
import { parseCheckedYaml } from '../config/parse-checked-yaml.js';
import { placeOf } from '../config/source-map.js';
import type { Locate } from './apply-plan.js';
import { Plan } from './plan.js';

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
  const plan = parseCheckedYaml(text, file, Plan);
  const lines = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines });
  const locate: Locate = (path) => {
    const { line, column } = placeOf(document, lines, path);
    return `${file}:${line}:${column}`;
  };
  return { plan, file, locate };
}
