import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const root = fileURLToPath(new URL('../', import.meta.url));
const plugins = join(root, 'plugins');

/** Which stage folders each stage may import from (besides itself, util and the result contract). */
const ALLOWED: Record<string, readonly string[]> = {
  result: [],
  config: [],
  util: [],
  ingest: [],
  model: ['ingest', 'config'],
  // History becomes evidence in analyze/history, which opens the clones through the one git reader.
  analyze: ['model', 'config', 'ingest'],
  rules: ['analyze', 'model', 'config'],
  // Discovery reads repositories into the same RawEntity form the catalog reader produces (and CODEOWNERS).
  discover: ['ingest', 'model', 'config'],
  report: ['rules'],
  // History: code-maat's analyses over the commits the git reader (ingest/git) streams.
  'code-maat': ['ingest', 'config'],
  // read-ahead.ts: the library's one call that starts a clone's history before analyze(), without loading it.
  cli: ['report', 'rules', 'config', 'discover', 'code-maat', 'what-if', 'suggest', 'run.ts', 'read-ahead.ts', 'index.ts'],
  // What-if applies a plan to the model and runs the analysis again; suggest proposes plans from a result.
  'what-if': ['config', 'model', 'ingest', 'run.ts'],
  suggest: ['what-if', 'model', 'config', 'run.ts'],
  // The synthetic-organisation generator writes catalog files; it must not depend on how they are read.
  gen: [],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(path) ? [path] : [];
  });
}

function specifiersOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1] ?? '');
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

function importedStages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => {
    const target = relative(src, join(file, '..', specifier));
    return target.split(/[\\/]/)[0] ?? '';
  });
}

describe('stage boundaries', () => {
  for (const [stage, allowed] of Object.entries(ALLOWED)) {
    it(`${stage}/ imports only ${['result', 'util', ...allowed].join(', ')}`, () => {
      const offences = filesUnder(join(src, stage)).flatMap((file) =>
        importedStages(file)
          .filter((target) => target !== stage && target !== 'result' && target !== 'util' && !allowed.includes(target.replace(/\.js$/, '.ts')))
          .map((target) => `${relative(src, file)} -> ${target}`),
      );
      expect(offences).toEqual([]);
    });
  }

  it('only cli/ touches process.exitCode or process.argv', () => {
    const offenders = filesUnder(src)
      .filter((file) => !relative(src, file).startsWith('cli'))
      .filter((file) => /process\.(exitCode|argv|exit\()/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(src, file))).toEqual([]);
  });
});

// The Backstage packages (plugins/*) are built on the core; the core never leans on them or on Backstage.
describe('package boundaries', () => {
  const packages = readdirSync(plugins).map((name) => join(plugins, name)).filter((dir) => statSync(dir).isDirectory());

  it('the core imports neither a plugin nor Backstage', () => {
    const offences = filesUnder(src).flatMap((file) =>
      specifiersOf(file)
        .filter((specifier) => specifier.startsWith('@backstage') || specifier.startsWith('@teamfit/') || relative(root, join(file, '..', specifier)).startsWith('plugins'))
        .map((specifier) => `${relative(root, file)} -> ${specifier}`),
    );
    expect(offences).toEqual([]);
  });

  it('the core package depends on no Backstage or plugin package', () => {
    const { dependencies = {}, peerDependencies = {} } = manifest(root);
    expect(Object.keys({ ...dependencies, ...peerDependencies }).filter((name) => /^@backstage|^@teamfit\//.test(name))).toEqual([]);
  });

  it('each plugin reaches the core only through the teamfit package, which it declares as a peer', () => {
    expect(packages.length).toBeGreaterThan(0);
    for (const dir of packages) {
      // A peer: the app installs one teamfit beside the plugins; here a dev dependency links the checkout.
      expect(manifest(dir).peerDependencies?.teamfit, relative(root, dir)).toMatch(/^\^\d/);
      expect(manifest(dir).dependencies?.teamfit, relative(root, dir)).toBeUndefined();
      const offences = filesUnder(join(dir, 'src')).flatMap((file) =>
        specifiersOf(file)
          .filter((specifier) => specifier.startsWith('.') && !relative(dir, join(file, '..', specifier)).startsWith('src'))
          .map((specifier) => `${relative(root, file)} -> ${specifier}`),
      );
      expect(offences).toEqual([]);
    }
  });

  it('the frontend plugin takes only types from the core and nothing from Node.js: it runs in the browser', () => {
    const files = filesUnder(join(plugins, 'teamfit', 'src'));
    expect(files.length).toBeGreaterThan(0);
    const offences = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const values = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'teamfit'/gm)].map(() => 'teamfit (a value, not `import type`)');
      const node = specifiersOf(file).filter((specifier) => specifier.startsWith('node:') || specifier.includes('teamfit-backend'));
      return [...values, ...node].map((what) => `${relative(root, file)} -> ${what}`);
    });
    expect(offences).toEqual([]);
  });
});
