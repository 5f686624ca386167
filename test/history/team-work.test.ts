import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisResult, type TeamResult } from '../../src/result/index.js';
import { analyze } from '../../src/run.js';
import { TestRepo, type Author } from '../discover/git-repo.js';
import { fixtures } from './helpers.js';

const catalog = path.join(fixtures, 'operators');
const mo: Author = { name: 'Mo', email: 'mo@acme.example' };
const nia: Author = { name: 'Nia', email: 'nia@home.example' };
const oz: Author = { name: 'Oz', email: '1234+oz@users.example' };

/** An operator repository: Go code by Mo, deploy manifests and CI mostly by two authors the catalog does not know. */
function operatorRepository(options: { codeOwners: boolean; others: boolean }): TestRepo {
  const repo = new TestRepo('badger-operator');
  repo.git('remote', 'add', 'origin', 'git@github.com:acme/badger-operator.git');
  if (options.codeOwners) repo.commit('codeowners', { '.github/CODEOWNERS': '* @acme/team-badger\n' }, mo);
  for (let i = 0; i < 3; i++) repo.commit(`reconcile ${i}`, { [`controllers/reconcile${i}.go`]: `package controllers // ${i}\n` }, mo);
  if (!options.others) return repo;
  for (let i = 0; i < 6; i++) repo.commit(`chart ${i}`, { 'helm/badger-operator/values.yaml': `replicas: ${i}\n`, 'config/rbac/role.yaml': `# ${i}\n` }, nia);
  for (let i = 0; i < 5; i++) {
    const files: Record<string, string> = { '.github/workflows/release.yml': `# ${i}\n` };
    if (i % 2 === 0) files[`api/v1/types${i}.go`] = `package v1 // ${i}\n`;
    repo.commit(`release ${i}`, files, oz);
  }
  return repo;
}

async function badger(repo: TestRepo): Promise<TeamResult> {
  const result = AnalysisResult.parse(await analyze({ paths: [catalog], cwd: fixtures, history: { repos: [repo.dir], since: '2023-06-01' } }));
  const team = result.teams.find((t) => t.ref === 'group:default/team-badger');
  if (!team) throw new Error('no team-badger');
  return team;
}

const signal = (team: TeamResult, id: string) => team.structure.signals.find((s) => s.id === id);

describe('team-level git evidence: the operations work in what a team owns, and who did it', () => {
  it('one member with three commits is under the evidence floor: undetermined, saying how many members have commits', async () => {
    const team = await badger(operatorRepository({ codeOwners: false, others: false }));
    expect(team.structure.label).toBe('undetermined');
    expect(signal(team, 'work-skill-mix')).toMatchObject({ value: '1/0/0', pushes: 'none', threshold: 2 });
    expect(team.structure.reason).toMatch(/1 of 5 members have 3\+ commits/);
    expect(team.structure.reason).toMatch(/declare roles \(teamfit\.dev\/role or config roles:\)/);
  });

  it('authors CODEOWNERS puts in the team count as its people: they build and run the operator', async () => {
    const team = await badger(operatorRepository({ codeOwners: true, others: true }));
    expect(signal(team, 'work-skill-mix')).toMatchObject({ value: '1/2/0', pushes: 'cross-functional', source: 'git' });
    expect(signal(team, 'work-skill-mix')?.evidence).toEqual(['user:default/mo (dev)', '1234+oz@users.example (ops)', 'nia@home.example (ops)']);
    const work = signal(team, 'team-ops-work');
    expect(work).toMatchObject({ pushes: 'cross-functional', weight: 0.3, source: 'git', evidence: ['component:default/badger-operator'] });
    expect(work?.description).toMatch(/\d+ by members, \d+ by authors CODEOWNERS maps to it, 0 by unmatched authors/);
    expect(team.structure.label).toBe('cross-functional');
    expect(team.structure.reason).toMatch(/work-skill-mix, team-ops-work/);
  });

  it('without CODEOWNERS, the operations work on what it owns still shows it runs it, weighed less', async () => {
    const team = await badger(operatorRepository({ codeOwners: false, others: true }));
    expect(signal(team, 'work-skill-mix')).toMatchObject({ value: '1/0/0', pushes: 'none' });
    const work = signal(team, 'team-ops-work');
    expect(work).toMatchObject({ pushes: 'cross-functional', weight: 0.2 });
    expect(Number(work?.value)).toBeGreaterThan(0.5);
    expect(work?.description).toMatch(/0 by authors CODEOWNERS maps to it, \d+ by unmatched authors/);
    expect(team.structure.label).toBe('cross-functional');
    expect(team.structure.label).not.toBe('dev-only');
  });
});
