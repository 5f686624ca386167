import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Command-line options shared by the accuracy scripts. Clones live under one folder so that the
 * scripts never need the network: `$TEAMFIT_ACCURACY_DIR`, else `.teamfit/accuracy` in the project.
 */
export function readOptions(defaultCorpus) {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: resolve(ROOT, 'scripts/accuracy', defaultCorpus) },
      dir: { type: 'string', default: process.env.TEAMFIT_ACCURACY_DIR ?? resolve(ROOT, '.teamfit/accuracy') },
      doc: { type: 'string', default: resolve(ROOT, 'docs/accuracy.md') },
      bin: { type: 'string', default: resolve(ROOT, 'dist/cli/main.js') },
      'cache-dir': { type: 'string' },
      results: { type: 'string' },
      only: { type: 'string', multiple: true },
      'timeout-minutes': { type: 'string', default: '20' },
    },
    strict: true,
  });
  return {
    corpus: resolve(values.corpus),
    dir: resolve(values.dir),
    doc: resolve(values.doc),
    bin: resolve(values.bin),
    cacheDir: values['cache-dir'] === undefined ? undefined : resolve(values['cache-dir']),
    results: values.results === undefined ? undefined : resolve(values.results),
    only: values.only ?? [],
    timeoutMs: Number(values['timeout-minutes']) * 60_000,
  };
}

/** `owner/name` -> the folder its clone is placed in: `<dir>/<owner>+<name>`. */
export const cloneFolder = (dir, repo) => resolve(dir, repo.replace('/', '+'));
