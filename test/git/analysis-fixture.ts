import { ANA, BO, BOT, CY, FixtureRepo } from './fixture-repo.js';

/**
 * A small history with every case the analyses must count right: three people and a bot, coupled files,
 * a change set over the size limit, a rename, a merge, a binary file, names with commas, quotes and
 * non-ASCII letters, and dates across month ends (for age).
 */
export function buildAnalysisFixture(path?: string): FixtureRepo {
  const repo = new FixtureRepo(path);
  repo.commit(ANA, '2023-01-31', { 'src/core/order.ts': 'a\nb\nc\n', 'src/core/price.ts': 'p\n', 'README.md': 'hi\n' });
  repo.commit(ANA, '2023-02-28', { 'src/core/order.ts': 'a\nb\nc\nd\n', 'src/core/price.ts': 'p\nq\n' });
  repo.commit(BO, '2023-03-15', { 'src/core/order.ts': 'a\nc\nd\n', 'src/core/price.ts': 'q\n', 'src/web/app, "main".ts': 'x\n' });
  repo.commit(CY, '2023-03-31', { 'src/web/app, "main".ts': 'x\ny\n', 'src/web/café.css': 'body{}\n', 'logo.png': Buffer.from([0, 1, 2, 3]).toString('latin1') });
  repo.commit(BOT, '2023-04-01', { 'package.json': '{"v":1}\n' });
  repo.git('checkout', '-q', '-b', 'topic');
  repo.commit(BO, '2023-04-10', { 'src/core/order.ts': 'a\nc\nd\ne\n', 'src/core/price.ts': 'q\nr\n' });
  repo.git('checkout', '-q', 'main');
  repo.commit(ANA, '2023-04-11', { 'README.md': 'hello\n' });
  repo.merge(ANA, '2023-04-12', 'topic');
  repo.git('mv', 'src/core/price.ts', 'src/core/pricing.ts');
  repo.commit(CY, '2023-05-01', { 'src/core/order.ts': 'a\nc\nd\ne\nf\n' });
  repo.commit(ANA, '2023-06-30', Object.fromEntries(Array.from({ length: 6 }, (_, index) => [`docs/page-${index}.md`, `${index}\n`])));
  repo.commit(BO, '2023-07-01', { 'src/core/order.ts': 'z\n', 'src/core/pricing.ts': 'q\nr\ns\n', 'README.md': 'hello!\n' });
  return repo;
}
