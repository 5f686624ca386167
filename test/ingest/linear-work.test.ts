import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlDocs } from '../../src/discover/yaml-docs.js';
import { segmentMatcher } from '../../src/ingest/location-glob.js';
import { parseCatalogFile } from '../../src/ingest/parse-file.js';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import { names, tempDir } from './helpers.js';

/**
 * CPU time of `work` on input `n` over input `n / 10`, the best of three each: linear work gives about 10,
 * quadratic work 100. CPU time, not the clock, so a busy machine does not decide the outcome.
 */
function growth(work: (n: number) => void, n: number): number {
  const cpu = (size: number): number => {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const start = process.cpuUsage();
      work(size);
      const used = process.cpuUsage(start);
      best = Math.min(best, used.user + used.system);
    }
    return Math.max(best, 1);
  };
  work(n / 10);
  return cpu(n) / cpu(n / 10);
}

// Well above linear's 10 (small inputs carry fixed costs, large ones the collector), well below quadratic's 100.
const LINEAR = 35;

const catalog = (aliases: number): string =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: shop\n  description: &a shared\nspec:\n  type: service\n  owner: team-a\n  lifecycle: production\n  aliases:\n${'    - *a\n'.repeat(aliases)}`;

const compose = (services: number): string =>
  `x-common: &common\n  restart: always\nservices:\n${Array.from({ length: services }, (_, i) => `  s${i}:\n    <<: *common\n    image: img${i}\n`).join('')}`;

describe('work linear in the input on hostile shapes', () => {
  it('a catalog document with thousands of aliases of one anchor', () => {
    const parsed = parseCatalogFile(Buffer.from(catalog(3)), 'c.yaml');
    expect(parsed.kind === 'parsed' && parsed.documents[0]?.entity?.spec.aliases).toEqual(['shared', 'shared', 'shared']);
    expect(growth((n) => parseCatalogFile(Buffer.from(catalog(n)), 'c.yaml'), 20_000)).toBeLessThan(LINEAR);
  }, 120_000);

  it('a compose file whose services all merge one anchor', () => {
    const docs = parseYamlDocs(compose(2), 'docker-compose.yml', []);
    expect(docs[0]?.value).toEqual({ 'x-common': { restart: 'always' }, services: { s0: { restart: 'always', image: 'img0' }, s1: { restart: 'always', image: 'img1' } } });
    expect(growth((n) => parseYamlDocs(compose(n), 'docker-compose.yml', []), 10_000)).toBeLessThan(LINEAR);
  }, 120_000);

  it('a Location wildcard with many stars against a long file name', () => {
    const matcher = segmentMatcher('*a*a*a*a*z');
    expect([matcher.test('xaayaaz'), matcher.test('aaaa')]).toEqual([true, false]);
    expect(growth((n) => segmentMatcher('*a*a*a*a*z').test('a'.repeat(n)), 20_000)).toBeLessThan(LINEAR);
  }, 120_000);

  it('reads a Location whose wildcard meets a file name of 250 characters', async () => {
    const dir = await tempDir();
    const long = `${'a'.repeat(245)}.yaml`;
    await writeFile(path.join(dir, long), 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: long\nspec:\n  type: team\n');
    await writeFile(path.join(dir, 'index.yaml'), 'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: root\nspec:\n  targets: [./*a*a*a*a*z, ./*a*a*a*a*.yaml]\n');
    const result = await readCatalog({ paths: [path.join(dir, 'index.yaml')], cwd: dir });
    expect(names(result)).toEqual(['Location:root', 'Group:long']);
  }, 60_000);
});
