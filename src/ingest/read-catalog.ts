import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../util/errors.js';
import { diagnostic } from './diagnostics.js';
import { isBackstageDocument, readEntity } from './entity.js';
import { sniffText } from './invalid-utf8.js';
import { locationTargets } from './location-targets.js';
import { decodeUtf8, MAX_FILE_BYTES, parseYaml } from './parse-yaml.js';
import { displayPath, Roots, tryRealpath } from './roots.js';
import { scanDirectory } from './scan-directory.js';
import type { IngestOptions, IngestResult } from './types.js';

/**
 * How a file was reached. Files found by a directory scan are often not catalog files at all (workflows,
 * compose files, Helm charts), so they are dropped without a word unless they look like Backstage.
 */
type Reach = 'scan' | 'explicit' | 'location';

/** Cheap sniff for files that fail to decode or parse: do they mean to be catalog files? */
const LOOKS_LIKE_BACKSTAGE = /apiVersion:\s*["']?([a-z0-9-]+\.)*backstage\.io\//;

/**
 * Reads Backstage catalog files and directories into raw entities. Throws UsageError only for paths that
 * do not exist; every problem inside the files becomes a diagnostic, even when no entity could be read.
 */
export async function readCatalog(options: IngestOptions): Promise<IngestResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const absPaths = options.paths.map((p) => path.resolve(cwd, p));
  for (const [i, abs] of absPaths.entries()) {
    if ((await tryRealpath(abs)) === undefined) throw new UsageError(`No such file or directory: ${options.paths[i] ?? abs}`);
  }
  const roots = await Roots.of(absPaths);
  const result: IngestResult = { entities: [], diagnostics: [], files: [] };
  const seen = new Set<string>();

  async function readOne(abs: string, reach: Reach): Promise<void> {
    const real = await tryRealpath(abs);
    // Keyed by realpath so a file reached by a scan and by a Location (or via a symlink) is read once.
    if (real === undefined || seen.has(real)) return;
    seen.add(real);
    const file = displayPath(cwd, abs);
    const info = await stat(real);
    if (info.size > MAX_FILE_BYTES) {
      const message = `${file} is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; it was skipped`;
      result.diagnostics.push(diagnostic('warning', 'file-too-large', message, { file }));
      return;
    }
    const bytes = await readFile(real);
    const decoded = decodeUtf8(bytes, file);
    if (!decoded.ok) {
      if (reach !== 'scan' || LOOKS_LIKE_BACKSTAGE.test(sniffText(bytes))) result.diagnostics.push(decoded.diagnostic);
      return;
    }
    const { documents, lineCounter, syntaxErrors } = parseYaml(decoded.text, file);
    const usable = documents.filter((doc) => doc.errors.length === 0);
    const backstageDocs = usable.filter(isBackstageDocument);
    const isCatalog = backstageDocs.length > 0 || (syntaxErrors.length > 0 && LOOKS_LIKE_BACKSTAGE.test(decoded.text));

    if (!isCatalog) {
      if (reach === 'scan') return;
      if (syntaxErrors.length > 0) {
        result.diagnostics.push(...syntaxErrors);
        return;
      }
      const message = `${file} holds no Backstage catalog entity (no document with apiVersion backstage.io/v1alpha1 and a kind)`;
      result.diagnostics.push(diagnostic('info', 'not-a-catalog-file', message, { file }));
      return;
    }

    result.files.push(file);
    result.diagnostics.push(...syntaxErrors);
    const followed: string[] = [];
    for (const doc of backstageDocs) {
      const outcome = readEntity(doc, file, lineCounter);
      result.diagnostics.push(...outcome.diagnostics);
      if (!outcome.entity) continue;
      result.entities.push(outcome.entity);
      if (outcome.entity.kind === 'Location') {
        const targets = await locationTargets(outcome.entity, abs, roots);
        result.diagnostics.push(...targets.diagnostics);
        followed.push(...targets.files);
      }
    }
    // Targets are read after the whole file so a file's entities stay together in the output.
    for (const target of followed) await readOne(target, 'location');
  }

  for (const abs of absPaths) {
    if ((await stat(abs)).isDirectory()) {
      for (const file of await scanDirectory(abs, roots)) await readOne(file, 'scan');
    } else {
      await readOne(abs, 'explicit');
    }
  }
  return result;
}

