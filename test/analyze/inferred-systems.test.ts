import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/run.js';
import { renderReport } from '../../src/report/index.js';
import { AnalysisResult, type SystemResult } from '../../src/result/index.js';
import { signalOf } from './helpers.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Analyses one catalog written to a fresh directory; the result must match the published schema. */
async function analyzeCatalog(yaml: string): Promise<AnalysisResult> {
  const dir = await mkdtemp(join(tmpdir(), 'teamfit-inferred-'));
  dirs.push(dir);
  await writeFile(join(dir, 'catalog.yaml'), yaml);
  return AnalysisResult.parse(await analyze({ paths: [dir], cwd: dir }));
}

const groups = (...names: string[]) => names.map((name) => `apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: ${name} }
spec: { type: team, children: [] }
`).join('---\n');

/** A Component in repository acme/shop (folder = its name), optionally in System shop. */
function service(name: string, fields: { owner?: string; dependsOn?: string[]; system?: boolean }): string {
  const lines = [`apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  annotations:
    backstage.io/source-location: url:https://github.com/acme/shop/tree/main/${name}/
spec:
  type: service
  lifecycle: production`];
  if (fields.owner) lines.push(`  owner: ${fields.owner}`);
  if (fields.system) lines.push('  system: shop');
  if (fields.dependsOn) lines.push(`  dependsOn: [${fields.dependsOn.join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const shopSystem = `apiVersion: backstage.io/v1alpha1
kind: System
metadata: { name: shop }
spec: { owner: team-a }
`;
const database = (system: boolean) => `apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: { name: shop-db }
spec: { type: database, owner: team-a${system ? ', system: shop' : ''} }
`;

function systemNamed(result: AnalysisResult, ref: string): SystemResult {
  const found = result.systems.find((system) => system.ref === ref);
  if (!found) throw new Error(`no ${ref} in ${result.systems.map((system) => system.ref).join(', ')}`);
  return found;
}

describe('verdicts on inferred systems', () => {
  // Two teams whose units depend on each other both ways, never in a cycle: declared as one System that is
  // a split of ownership; grouped by teamfit only because they share a repository it is not.
  const split = (system: boolean) => [
    groups('team-a', 'team-b'),
    ...(system ? [shopSystem] : []),
    service('a1', { owner: 'team-a', dependsOn: ['component:b1'], system }),
    service('b1', { owner: 'team-b', system }),
    service('b2', { owner: 'team-b', dependsOn: ['component:a2'], system }),
    service('a2', { owner: 'team-a', system }),
  ].join('---\n');

  it('an ownership split fires on a declared system only, not on one inferred from a repository', async () => {
    const declared = await analyzeCatalog(split(true));
    expect(systemNamed(declared, 'system:default/shop').architecture.label).toBe('micro-monolith');
    expect(declared.findings.map((f) => f.ruleId)).toContain('ownership-split');

    const result = await analyzeCatalog(split(false));
    const shop = systemNamed(result, 'system:default/shop-inferred');
    expect(shop.inferred).toEqual({ how: 'repository', basis: 'github.com/acme/shop' });
    expect(shop.architecture.label).not.toBe('micro-monolith');
    expect(shop.architecture.signals.map((s) => s.id)).not.toContain('ownership-split-both-ways');
    expect(shop.architecture.reason).not.toMatch(/one way only/);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('ownership-split');
    // No owner is made up for it, and none is demanded of it: its components' owners are the catalog's.
    expect(result.findings.filter((f) => f.subject === shop.ref)).toEqual([]);
    expect(shop.owners).toEqual(['group:default/team-a', 'group:default/team-b']);
  });

  // Three unowned units with dense, direct dependencies: only soft couplings.
  const soft = (system: boolean) => [
    groups('team-a'),
    ...(system ? [shopSystem] : []),
    service('s1', { dependsOn: ['component:s2', 'component:s3'], system }),
    service('s2', { dependsOn: ['component:s3'], system }),
    service('s3', { system }),
  ].join('---\n');

  it('soft couplings alone make a declared system a micro-monolith, an inferred one undetermined', async () => {
    const declared = await analyzeCatalog(soft(true));
    expect(systemNamed(declared, 'system:default/shop').architecture.label).toBe('micro-monolith');
    const result = await analyzeCatalog(soft(false));
    const shop = systemNamed(result, 'system:default/shop-inferred');
    expect(shop.architecture.label).toBe('undetermined');
    expect(result.findings.map((f) => f.ruleId)).not.toContain('tight-coupling');
  });

  // Two units of one team, one calling the other directly, in different repositories.
  const pair = (system: boolean) => [
    groups('team-a'),
    ...(system ? [shopSystem] : []),
    service('caller', { owner: 'team-a', dependsOn: ['component:callee'], system }),
    service('callee', { owner: 'team-a', system }).replace('acme/shop/tree/main/callee/', 'acme/callee'),
  ].join('---\n');

  it('one owner is no sign of independence in a system grouped within one owner', async () => {
    const declared = await analyzeCatalog(pair(true));
    expect(systemNamed(declared, 'system:default/shop').architecture.label).toBe('microservices');
    const result = await analyzeCatalog(pair(false));
    const caller = systemNamed(result, 'system:default/callee-inferred');
    expect(caller.inferred).toEqual({ how: 'dependencies', basis: 'group:default/team-a' });
    expect(caller.architecture.label).toBe('undetermined');
    expect(signalOf(caller.architecture, 'units-with-one-owning-team')).toMatchObject({ value: 2, pushes: 'none', weight: 0 });
  });

  // A datastore shared by two units that also depend on each other in a cycle: two hard couplings.
  const hard = (system: boolean) => [
    groups('team-a'),
    ...(system ? [shopSystem] : []),
    database(system),
    service('h1', { owner: 'team-a', dependsOn: ['component:h2', 'resource:shop-db'], system }),
    service('h2', { owner: 'team-a', dependsOn: ['component:h1', 'resource:shop-db'], system }),
  ].join('---\n');

  it('hard couplings still make an inferred system a micro-monolith, held at 60% confidence', async () => {
    const declared = await analyzeCatalog(hard(true));
    expect(systemNamed(declared, 'system:default/shop').architecture).toMatchObject({ label: 'micro-monolith', confidence: 0.71 });
    const result = await analyzeCatalog(hard(false));
    const shop = systemNamed(result, 'system:default/shop-inferred');
    expect(shop.architecture).toMatchObject({ label: 'micro-monolith', confidence: 0.6 });
    expect(shop.architecture.reason).toMatch(/Inferred system \(repository: github\.com\/acme\/shop\): confidence held at 60%/);
    expect(signalOf(shop.architecture, 'inferred-system')).toMatchObject({ value: 'repository', threshold: 0.6, pushes: 'none', weight: 0, evidence: ['github.com/acme/shop'] });
    // The resource that only its units use is part of it.
    expect(shop.resources).toEqual(['resource:default/shop-db']);
  });

  it('a lone deployable is a one-unit monolith at 50%, without an ops-skills finding when no one is known to run it', async () => {
    const result = await analyzeCatalog(`${groups('team-a')}---\n${service('solo', {})}`);
    const solo = systemNamed(result, 'system:default/solo-inferred');
    expect(solo.inferred).toEqual({ how: 'component', basis: 'component:default/solo' });
    expect(solo.architecture).toMatchObject({ label: 'monolith', confidence: 0.5 });
    // The summary counts the catalog's entities (a group and a component) and every system it judged.
    expect(result.summary).toMatchObject({ entities: 2, systems: 1, components: 1 });
    expect(result.findings.map((f) => [f.ruleId, f.subject])).toEqual([['missing-owner', 'component:default/solo']]);
  });

  it("judges the team of a grouped inferred monolith, not of a lone component's placeholder system", async () => {
    const devTeam = `${groups('team-a').replace('children: []', 'children: [], members: [dee]')}---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: dee, annotations: { teamfit.dev/role: dev } }
spec: { memberOf: [team-a] }
`;
    const lone = await analyzeCatalog(`${devTeam}---\n${service('solo', { owner: 'team-a' })}`);
    expect(systemNamed(lone, 'system:default/solo-inferred').architecture.label).toBe('monolith');
    expect(lone.findings.map((f) => f.ruleId)).not.toContain('structure-mismatch');
    // Web and worker from one folder of one repository, one team: one application, run by no one with ops skills.
    const oneCodebase = [devTeam, service('web', { owner: 'team-a' }), service('worker', { owner: 'team-a' })]
      .join('---\n')
      .replace(/shop\/tree\/main\/(web|worker)\//g, 'shop/tree/main/app/');
    const grouped = await analyzeCatalog(oneCodebase);
    expect(systemNamed(grouped, 'system:default/shop-inferred').architecture).toMatchObject({ label: 'monolith', confidence: 0.6 });
    expect(grouped.findings.map((f) => [f.ruleId, f.subject])).toEqual([['structure-mismatch', 'system:default/shop-inferred']]);
  });

  it('every report marks an inferred system as inferred', async () => {
    const result = await analyzeCatalog(hard(false));
    const note = 'inferred from repository github.com/acme/shop';
    for (const format of ['terminal', 'markdown', 'html'] as const) {
      expect(await renderReport(result, format, { color: false, detail: 'full' }), format).toContain(note);
    }
    const terminal = await renderReport(result, 'terminal', { color: false, detail: 'full' });
    expect(terminal).toContain('Systems (1, 1 inferred)');
    expect(terminal).toContain('1 system, 1 inferred (1 micro-monolith)');
    expect(await renderReport(result, 'markdown', { color: false, detail: 'full' })).toContain('## Systems (1, 1 inferred)');
    const sarif = JSON.parse(await renderReport(result, 'sarif', { color: false })) as { runs: Array<{ results: Array<{ message: { text: string }; properties: Record<string, unknown> }> }> };
    const tight = sarif.runs[0]?.results.find((r) => r.properties['subject'] === 'system:default/shop-inferred');
    expect(tight?.message.text).toContain(`system:default/shop-inferred is ${note}`);
    expect(tight?.properties['inferredSystem']).toBe(note);
    expect(JSON.parse(await renderReport(result, 'json', { color: false })).systems[0].inferred).toEqual({ how: 'repository', basis: 'github.com/acme/shop' });
  });
});
