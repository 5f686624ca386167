import { dirOf, isInside } from './paths.js';
import { readRepoFile } from './repo-files.js';
import { resolveTemplates } from './templating.js';
import type { Claims, Unit } from './types.js';

/** Source files whose string constants may name another service. */
const CODE = /\.(java|kt|kts|scala|groovy|go|py|js|mjs|cjs|ts|tsx|jsx|cs|fs|vb|rb|php|rs|ex|exs|clj|swift)$/;
/** Tests, examples and generated code call services that are mocks or someone else's. */
const NOT_PRODUCTION = /(^|\/)(tests?|__tests__|e2e|spec|specs|testdata|fixtures?|mocks?|examples?|samples?|docs?|src\/test|src\/it|generated|gen)(\/|$)|[._-](test|spec)\.[a-z]+$|_test\.go$|Tests?\.(java|kt|cs)$/i;
const MAX_FILES = 5000;
const MAX_BYTES = 512 * 1024;

/** A URL in a string literal: `"http://billing:9000/charge"`, `'lb://orders'`, `` `grpc://cart:7070` ``. */
const URL_LITERAL = /["'`]((?:https?|lb|grpc|grpcs|ws|wss|h2c|dns):\/\/([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*)(?::\d{2,5})?[^"'`\s]*)["'`]/g;
/** A declarative client named after the service it calls: Spring Cloud `@FeignClient(name = "orders")`, Micronaut `@Client(id = "orders")`. */
const FEIGN = /@FeignClient\s*\(\s*(?:[^)]*?\b(?:name|value|serviceId)\s*=\s*)?"([^"]+)"/g;
const MICRONAUT = /@Client\s*\([^)]*?\bid\s*=\s*"([^"]+)"/g;

/**
 * Service calls written in code: URL constants naming a host and the declarative HTTP clients of service
 * discovery (Feign, Micronaut), which name the service the client calls. Only the source of deployable
 * units is read (tests and examples left out); which names are units is decided with the config's references.
 */
export async function scanCode(root: string, files: readonly string[], units: readonly Unit[], claims: Claims): Promise<void> {
  const deployables = units.filter((u) => u.deployable && u.sourceDir !== '');
  if (deployables.length < 2) return; // a call needs two units
  const sources = files.filter((f) => CODE.test(f) && !NOT_PRODUCTION.test(f) && deployables.some((u) => isInside(f, u.sourceDir))).slice(0, MAX_FILES);
  for (const file of sources) {
    const text = await readRepoFile(root, file);
    if (text === undefined || text.length > MAX_BYTES || (!text.includes('://') && !text.includes('Client'))) continue;
    const lineOf = (index: number) => text.slice(0, index).split('\n').length;
    const add = (target: string, detail: string, index: number) =>
      claims.references.push({ from: { dir: dirOf(file) }, target, kind: 'service-reference', detail, evidence: { file, line: lineOf(index), column: 1 }, componentsOnly: true });
    for (const match of text.matchAll(URL_LITERAL)) add(match[2] ?? '', match[1] ?? '', match.index);
    // Micronaut's positional `@Client("/path")` is a path of this service or a URL (read above); its `id` names a service.
    for (const [pattern, annotation] of [[FEIGN, 'FeignClient'], [MICRONAUT, 'Client']] as const) {
      for (const match of text.matchAll(pattern)) {
        const name = resolveTemplates(match[1] ?? '').value.replace(/^\//, '');
        if (/^[A-Za-z][A-Za-z0-9_.-]*$/.test(name)) add(name, annotation === 'Client' ? `@Client(id = "${name}")` : `@FeignClient("${name}")`, match.index);
      }
    }
  }
}
