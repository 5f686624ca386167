import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULE_IDS } from 'teamfit';
import { ruleFact, TEAMFIT_FACT_RETRIEVER_NAME, teamfitChecks, teamfitFactSchema } from '../src/index.js';

const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');

// Users paste the README's configuration into app-config: it must be what the package exports.
describe("the module's README", () => {
  it('holds exactly the exported checks, for the retriever name the module registers', () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const config = parse(block) as { techInsights: { factRetrievers: Record<string, unknown>; factChecker: { checks: unknown } } };
    expect(config.techInsights.factChecker.checks).toEqual(teamfitChecks);
    expect(Object.keys(config.techInsights.factRetrievers)).toEqual([TEAMFIT_FACT_RETRIEVER_NAME]);
  });

  it('names every fact of the schema', () => {
    const perRule = new Set(RULE_IDS.map(ruleFact));
    for (const fact of Object.keys(teamfitFactSchema).filter((name) => !perRule.has(name))) expect(readme).toContain(`| \`${fact}\` |`);
    expect(perRule.size).toBe(RULE_IDS.length);
  });
});
