import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { analyze } from '../../src/run.js';
import { TestRepo, type Author } from '../discover/git-repo.js';
import { fixtures } from './helpers.js';

const ana: Author = { name: 'Ana', email: 'ana@shop.example' };

describe('analyze --repo leaves out the sweeps discovery leaves out', () => {
  it('dependency upgrades and copyright updates committed by people do not couple components', async () => {
    const repo = new TestRepo('monorepo');
    repo.git('remote', 'add', 'origin', 'git@git.shop.example:shop/monorepo.git');
    const subjects = ['Upgrade dependencies', 'Update copyright year', 'Run gofmt'];
    for (let i = 0; i < 6; i++) repo.commit(subjects[i % 3] ?? '', { 'services/checkout/price.ts': `// ${i}\n`, 'services/catalogue/prices.ts': `// ${i}\n` }, ana);
    const result = await analyze({ paths: [path.join(fixtures, 'shop')], cwd: fixtures, history: { repos: [repo.dir], since: '2023-06-01' } });
    expect(result.history?.repositories[0]).toMatchObject({ commits: 6 });
    expect(result.history?.coupling).toEqual([]);
  });
});
