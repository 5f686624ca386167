import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, parseAllDocuments } from 'yaml';

const PLACEHOLDER_KEYS = ['$text', '$json', '$yaml'];

/**
 * Copies a catalog to a temporary directory with every `spec.definition` placeholder (`$text: <url>`, ...)
 * replaced by a plain string. Backstage resolves placeholders through its URL readers while processing and
 * drops the entity when it cannot: tests have no network, and file locations have no URL reader. teamfit
 * never reads definitions, so for it the entities stay the same; both reads in a test use the copy.
 */
export async function offlineCopy(source: string): Promise<string> {
  const target = await mkdtemp(join(tmpdir(), 'teamfit-offline-catalog-'));
  await cp(source, target, { recursive: true });
  const files = (await readdir(target, { recursive: true })).filter((name) => /\.ya?ml$/.test(name));
  for (const name of files) {
    const path = join(target, name);
    const documents = parseAllDocuments(await readFile(path, 'utf8'));
    if (!Array.isArray(documents)) continue;
    let isChanged = false;
    for (const doc of documents) {
      const definition = doc.getIn(['spec', 'definition']);
      if (isMap(definition) && PLACEHOLDER_KEYS.some((key) => definition.has(key))) {
        doc.setIn(['spec', 'definition'], 'definition placeholder removed for an offline test');
        isChanged = true;
      }
    }
    if (isChanged) await writeFile(path, documents.map((doc) => doc.toString()).join(''));
  }
  return target;
}
