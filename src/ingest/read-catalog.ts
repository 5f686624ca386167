import { stat } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, UsageError } from '../util/errors.js';
import { diagnostic } from './diagnostics.js';
import { locationTargets } from './location-targets.js';
import { MAX_FILE_BYTES } from './parse-yaml.js';
import { parseCatalogFile } from './parse-file.js';
import { FileTooLargeError, ParseScheduler, planThreads, type ParseSource } from './parse-scheduler.js';
import { describeFileType, readBounded } from './read-bounded.js';
import { displayPath, Roots, tryRealpath } from './roots.js';
import { checkPlaceholderTarget } from './placeholder-targets.js';
import { scanDirectory } from './scan-directory.js';
import { skeletonsSkipped } from './skeletons.js';
import type { IngestOptions, IngestResult } from './types.js';

/**
 * How a file was reached. Files found by a directory scan are often not catalog files at all (workflows,
 * compose files, Helm charts), so they are dropped without a word unless they look like Backstage.
 */
type Reach = 'scan' | 'explicit' | 'location';

/** A path's realpath, size and type, looked up once whether the file is announced ahead or read. */
interface Probe {
  real: string | undefined;
  size: number | undefined;
  /** What the path is when it is not a regular file (a pipe, a device), for the reader to refuse or stream it. */
  special?: { description: string; isStream: boolean };
  error?: unknown;
}

/**
 * Reads Backstage catalog files and directories into raw entities. Throws UsageError only for paths that
 * do not exist; every problem inside the files becomes a diagnostic, even when no entity could be read.
 *
 * Files are read in one fixed order (roots as given, each directory scanned in name order, a Location's
 * targets right after its file), and everything is output in that order. Parsing may run ahead on worker
 * threads (see ParseScheduler); the order, and so the result, is the same either way.
 */
export async function readCatalog(options: IngestOptions): Promise<IngestResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const maxFileBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const absPaths = options.paths.map((p) => path.resolve(cwd, p));
  // Pipes and character devices named on the command line (`analyze <(cat f.yaml)`) are read as they are.
  const streams = new Set<string>();
  for (const [i, abs] of absPaths.entries()) {
    if ((await tryRealpath(abs)) !== undefined) continue;
    if (!(await isStream(abs))) throw new UsageError(`No such file or directory: ${options.paths[i] ?? abs}`);
    streams.add(abs);
  }
  const roots = await Roots.of(absPaths);
  const result: IngestResult = { entities: [], diagnostics: [], files: [] };
  const seen = new Set<string>();
  const probes = new Map<string, Promise<Probe>>();
  const scheduler = new ParseScheduler(planThreads(options.threads));
  const skeletons: string[] = [];

  function probe(abs: string): Promise<Probe> {
    let found = probes.get(abs);
    if (!found) {
      found = (async (): Promise<Probe> => {
        const real = (await tryRealpath(abs)) ?? (streams.has(abs) ? abs : undefined);
        if (real === undefined) return { real, size: undefined };
        return stat(real).then(
          (info) => ({ real, size: info.size, ...(info.isFile() ? {} : { special: { description: describeFileType(info), isStream: info.isFIFO() || info.isCharacterDevice() } }) }),
          (error: unknown) => ({ real, size: undefined, error }),
        );
      })();
      probes.set(abs, found);
    }
    return found;
  }

  /** Announces files about to be read, so their parsing can start ahead. */
  async function expect(files: readonly string[]): Promise<void> {
    const sources: ParseSource[] = [];
    for (const [i, found] of (await Promise.all(files.map(probe))).entries()) {
      const abs = files[i] ?? '';
      const { real, size, special } = found;
      if (real === undefined || size === undefined || special !== undefined || seen.has(real) || size > maxFileBytes) continue;
      sources.push({ abs, real, file: displayPath(cwd, abs), size });
    }
    scheduler.expect(sources);
  }

  async function readOne(abs: string, reach: Reach): Promise<void> {
    const { real, size, special, error } = await probe(abs);
    // Keyed by realpath so a file reached by a scan and by a Location (or via a symlink) is read once.
    if (real === undefined || seen.has(real)) return;
    seen.add(real);
    if (size === undefined) throw error;
    const file = displayPath(cwd, abs);
    // The size is said when stat knew it (a pipe's is only known to be over the cap).
    const tooLarge = (known?: number): void => {
      const size = known === undefined ? 'over' : `${(known / 1024 / 1024).toFixed(1)} MB, over`;
      const message = `${file} is ${size} the ${formatMegabytes(maxFileBytes)} limit for one catalog file (catalog.maxFileMegabytes); it was skipped`;
      result.diagnostics.push(diagnostic('warning', 'file-too-large', message, { file }));
    };
    // Only a pipe or device named on the command line (`<(cat f.yaml)`) is read, and only up to the cap;
    // anything else that is not a regular file could hang the run or never end.
    if (special !== undefined && !(reach === 'explicit' && special.isStream)) {
      result.diagnostics.push(diagnostic('warning', 'not-a-regular-file', `${file} is ${special.description}, not a regular file; it was not read`, { file }));
      return;
    }
    if (size > maxFileBytes) return tooLarge(size);
    let parsed: Awaited<ReturnType<ParseScheduler['parse']>>;
    try {
      if (special !== undefined) {
        const read = await readBounded(real, maxFileBytes);
        if (!read.ok) return tooLarge();
        parsed = parseCatalogFile(read.bytes, file);
      } else {
        parsed = await scheduler.parse({ abs, real, file, size }, maxFileBytes);
      }
    } catch (error) {
      if (error instanceof FileTooLargeError) return tooLarge();
      // One file that cannot be read (permissions, vanished meanwhile) must not lose the others' findings.
      const code = errorCode(error);
      if (code === undefined) throw error;
      result.diagnostics.push(diagnostic('error', 'file-unreadable', `${file} cannot be read (${code}); it was skipped`, { file }));
      return;
    }
    if (parsed.kind === 'undecodable') {
      if (reach !== 'scan' || parsed.looksLikeBackstage) result.diagnostics.push(parsed.diagnostic);
      return;
    }
    const { syntaxErrors, isCatalog, documents } = parsed;
    if (reach === 'scan' && parsed.isSkeleton) {
      skeletons.push(file);
      return;
    }
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
    const before = result.entities.length;
    const followed: string[] = [];
    for (const outcome of documents) {
      result.diagnostics.push(...outcome.diagnostics);
      if (!outcome.entity) continue;
      result.entities.push(outcome.entity);
      const definition = await checkPlaceholderTarget(outcome.entity, abs, roots);
      if (definition) result.diagnostics.push(definition);
      if (outcome.entity.kind === 'Location') {
        const targets = await locationTargets(outcome.entity, abs, roots);
        result.diagnostics.push(...targets.diagnostics);
        followed.push(...targets.files);
      }
    }
    reportProgress(before);
    // Targets are read after the whole file so a file's entities stay together in the output.
    await expect(followed);
    for (const target of followed) await readOne(target, 'location');
  }

  // Every 500 files or 10,000 entities: often enough to show a long read moves, rarely enough to read.
  function reportProgress(entitiesBefore: number): void {
    const files = result.files.length;
    const entities = result.entities.length;
    if (files % 500 === 0 || Math.floor(entities / 10_000) > Math.floor(entitiesBefore / 10_000)) {
      options.onProgress?.(`read ${files} catalog files, ${entities} entities so far`);
    }
  }

  try {
    const reached: Array<{ files: string[]; reach: Reach }> = [];
    for (const abs of absPaths) {
      const isDir = (await stat(abs)).isDirectory();
      const unreadable: Array<{ dir: string; code: string }> = [];
      reached.push(isDir ? { files: await scanDirectory(abs, roots, unreadable), reach: 'scan' } : { files: [abs], reach: 'explicit' });
      for (const { dir, code } of unreadable) {
        const file = displayPath(cwd, dir);
        result.diagnostics.push(diagnostic('warning', 'directory-unreadable', `${file} cannot be listed (${code}); catalog files in it were not read`, { file }));
      }
    }
    await expect(reached.flatMap(({ files }) => files));
    for (const { files, reach } of reached) {
      for (const file of files) await readOne(file, reach);
    }
  } finally {
    await scheduler.close();
  }
  if (skeletons.length > 0) result.diagnostics.push(skeletonsSkipped(skeletons));
  return result;
}

async function isStream(abs: string): Promise<boolean> {
  const info = await stat(abs).catch(() => undefined);
  return info !== undefined && (info.isFIFO() || info.isCharacterDevice());
}

function formatMegabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
}
