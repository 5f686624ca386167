import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import type { AnalysisResult } from '../../src/result/index.js';
import { analyze } from '../../src/run.js';
import { findingAbout, signalOf, systemOf } from '../analyze/helpers.js';

const TEAMS = 25;
const COMPONENTS = 250;

/**
 * One system, a hub: 250 services of 25 teams, all on one database, each depending on the next one and on the
 * one 24 places on (the previous team's), so every pair of neighbouring teams depends both ways, without a cycle.
 */
function hubCatalog(): string {
  const doc = (kind: string, name: string, spec: string) => `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
  const docs = [doc('System', 'hub', '  owner: team-0')];
  for (let t = 0; t < TEAMS; t++) docs.push(doc('Group', `team-${t}`, '  type: team\n  children: []'));
  docs.push(doc('Resource', 'db', '  type: database\n  owner: team-0\n  system: hub'));
  for (let i = 0; i < COMPONENTS; i++) {
    const targets = ['resource:db', ...[i + 1, i + TEAMS - 1].filter((j) => j < COMPONENTS).map((j) => `component:c-${j}`)];
    docs.push(doc('Component', `c-${i}`, `  type: service\n  lifecycle: production\n  owner: team-${i % TEAMS}\n  system: hub\n  dependsOn: [${targets.join(', ')}]`));
  }
  return docs.join('\n---\n') + '\n';
}

let dir: string;
let result: AnalysisResult;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'teamfit-hub-'));
  await writeFile(path.join(dir, 'catalog-info.yaml'), hubCatalog());
  result = await analyze({ paths: [dir], cwd: dir });
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('evidence lists of a hub keep the first 100 members and count them all', () => {
  it('shared-resource: dependents', () => {
    const { evidence, message } = findingAbout(result, 'shared-resource', 'resource:default/db');
    expect(evidence.dependentCount).toBe(COMPONENTS);
    expect(evidence.dependents).toHaveLength(100);
    // The teams are the finding's identity (its fingerprint): all of them stay.
    expect(evidence.teams).toHaveLength(TEAMS);
    expect(message).toContain(`components of ${TEAMS} teams use:`);
    expect(message).toContain(`... and ${TEAMS - 20} more.`);
  });

  it('ownership-split: crossings', () => {
    const { evidence } = findingAbout(result, 'ownership-split', 'system:default/hub');
    // 249 dependencies on the next service and 226 on the one 24 places on, all between neighbouring teams.
    expect(evidence.crossingCount).toBe(249 + 226);
    expect(evidence.crossings).toHaveLength(100);
    expect(evidence.owners).toHaveLength(TEAMS);
  });

  it("tight-coupling: a coupling's refs, and the signal's line of users", () => {
    const { evidence } = findingAbout(result, 'tight-coupling', 'system:default/hub');
    const shared = evidence.couplings.find((coupling) => coupling.kind === 'shared-datastore');
    expect(shared?.refCount).toBe(COMPONENTS + 1);
    expect(shared?.refs).toHaveLength(100);
    const line = signalOf(systemOf(result, 'hub').architecture, 'shared-datastore').evidence[0] ?? '';
    expect(line).toMatch(/^resource:default\/db <- component:default\/c-0, .* \.\.\. and 230 more$/);
  });

  it('reporters count from the totals, not from the kept members', async () => {
    const terminal = await renderReport(result, 'terminal', { color: false, detail: 'full' });
    expect(terminal).toContain(`used by ${COMPONENTS} components of teams`);
    expect(terminal).toMatch(/crossing dependencies: [^\n]* \.\.\. and 471 more/);
    const html = await renderReport(result, 'html', { color: false });
    expect(html).toContain(`used by ${COMPONENTS} components of teams`);
  });
});
