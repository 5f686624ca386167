import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../src/result/index.js';
import { analyze } from '../../src/run.js';
import { TestRepo, type Author } from '../discover/git-repo.js';
import { fixtures } from '../history/helpers.js';

const ana: Author = { name: 'Ana', email: 'ana@shop.example' };
const catalog = path.join(fixtures, 'gatekeeper');

function repoWith(codeowners: string): TestRepo {
  const repo = new TestRepo('monorepo');
  repo.git('remote', 'add', 'origin', 'https://git.shop.example/shop/monorepo.git');
  repo.commit('owners', { '.github/CODEOWNERS': codeowners }, ana);
  for (let i = 0; i < 4; i++) repo.commit(`checkout ${i}`, { [`services/checkout/src/f${i}.ts`]: 'x\n', 'services/checkout/deploy/values.yaml': `v: ${i}\n` }, ana);
  return repo;
}

async function gatekeeping(codeowners: string) {
  const repo = repoWith(codeowners);
  const result = AnalysisResult.parse(await analyze({ paths: [catalog], cwd: fixtures, history: { repos: [repo.dir], since: '2023-01-01' } }));
  return result.findings.filter((finding) => finding.ruleId === 'sre-gatekeeper');
}

describe('sre-gatekeeper', () => {
  it('fires when CODEOWNERS makes the SRE team a required reviewer of application code another team owns', async () => {
    const findings = await gatekeeping('* @shop/payments\n/services/checkout/ @shop/payments @shop/site-reliability\n');
    expect(findings).toEqual([
      expect.objectContaining({
        subject: 'group:default/sre',
        severity: 'warning',
        docsUrl: 'docs/rules/sre-gatekeeper.md',
        evidence: {
          team: 'group:default/sre',
          structure: 'sre',
          handle: '@shop/site-reliability',
          gated: [{ component: 'component:default/checkout', owner: 'group:default/payments', files: 4, applicationFiles: 4, rules: [expect.stringMatching(/monorepo\/\.github\/CODEOWNERS:2$/)] }],
        },
      }),
    ]);
  });

  it('does not fire when the SRE team reviews only deployment files', async () => {
    expect(await gatekeeping('* @shop/payments\n/services/checkout/deploy/ @shop/site-reliability\n')).toEqual([]);
  });

  it('does not fire without CODEOWNERS', async () => {
    expect(await gatekeeping('')).toEqual([]);
  });
});
