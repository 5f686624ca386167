import { relative, resolve } from 'node:path';
import { SCHEMA_VERSION, type AnalysisResult, type Diagnostic, type DiscoverySection, type OrgModel } from './result/index.js';
import type { Config, ConfigInput } from './config/schema.js';
import { loadConfig } from './config/load-config.js';
import { readCatalog, type IngestResult } from './ingest/index.js';
import { discoverForAnalysis } from './discover/index.js';
import { DEFAULT_TOKEN_ENV, readBackstageCatalog, readCatalogItems, sortCatalogEntities } from './ingest/backstage-api/index.js';
import { buildModel, ModelIndex } from './model/index.js';
import { fieldPositions } from './model/field-positions.js';
import { analyzeOrg } from './analyze/analyze-org.js';
import { summarize } from './analyze/summarize.js';
import { runRules } from './rules/run-rules.js';
import { UsageError } from './util/errors.js';
import { VERSION } from './util/version.js';
import { readHistory, type HistoryInputs, type HistoryReading } from './analyze/history/read-repositories.js';
import type { EntityRef } from './result/index.js';

export interface AnalyzeOptions {
  /** Catalog files or directories. Default: the working directory. */
  paths?: string[];
  /** Backstage instances to read the catalog from over their API, besides (or instead of) paths. Default: config `backstage.urls`. */
  backstageUrls?: string[];
  /**
   * Entities a Backstage catalog already served (a Backstage plugin reads them through the catalog service),
   * read with the same rules as an API read; `source` names the catalog in `inputs` and diagnostics.
   */
  catalogEntities?: { source: string; items: readonly unknown[] };
  /** Environment variable holding the Backstage token, sent as `Authorization: Bearer`. Default: config `backstage.tokenEnv`. */
  backstageTokenEnv?: string;
  /** Where the token is looked up. Default: process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Base for relative paths in the result. Default: process.cwd(). */
  cwd?: string;
  /** Configuration overrides on top of the defaults (and of `configFile`). */
  config?: ConfigInput;
  /** A config file (teamfit.config.yaml or .json) to read, relative to `cwd`; a bad one throws `UsageError`. */
  configFile?: string;
  /** Progress messages (to stderr in the CLI). */
  onProgress?: (message: string) => void;
  /** Discover units and coupling in directories even when they hold catalog files (always done when they hold none). */
  discover?: boolean;
  /** Local git clones whose history is evidence, and the window to read. */
  history?: HistoryInputs;
}

/**
 * Analyse an organisation: load config -> ingest -> build model -> analyze -> rules -> result.
 * Throws `UsageError` only when nothing usable could be read; every other problem is a diagnostic.
 */
export async function analyze(options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const prepared = withoutRawFields(await prepareOrganisation(options));
  return analyzeModel(prepared, prepared.model, options);
}

/**
 * For an organisation analysed once: after the model is built, each ingested entity's fields are needed
 * only for where they were written. Keeping just the positions lets the rest (70 MB of the heap at 50,000
 * components) go before analysis allocates its most; a what-if plan, which patches the catalog from the
 * entities, keeps them.
 */
function withoutRawFields(prepared: PreparedOrganisation): PreparedOrganisation {
  const lean = { ...prepared, ingest: { ...prepared.ingest, entities: [] } };
  positions.set(lean, positions.get(prepared) ?? fieldPositions(prepared.ingest.entities));
  return lean;
}

/** What was read and built before any judgement: the stages a what-if plan runs twice share it. */
export interface PreparedOrganisation {
  cwd: string;
  config: Config;
  inputs: string[];
  ingest: IngestResult;
  discovery: DiscoverySection[];
  model: OrgModel;
  modelDiagnostics: Diagnostic[];
}

/** Load config -> ingest (files, API, discovery) -> build model. */
export async function prepareOrganisation(options: AnalyzeOptions = {}): Promise<PreparedOrganisation> {
  const cwd = options.cwd ?? process.cwd();
  const progress = options.onProgress ?? (() => undefined);
  const config = await loadConfig({ cwd, file: options.configFile, overrides: options.config });
  const urls = options.backstageUrls && options.backstageUrls.length > 0 ? options.backstageUrls : config.backstage.urls;
  const given = options.catalogEntities;
  const paths = options.paths && options.paths.length > 0 ? options.paths : urls.length > 0 || given ? [] : ['.'];

  const inputs = [...paths.map((path) => relative(cwd, resolve(cwd, path)) || '.'), ...urls, ...(given ? [given.source] : [])];
  progress(`reading ${inputs.join(', ')}`);
  const ingest = await readAll(paths, urls, { ...options, backstageTokenEnv: options.backstageTokenEnv ?? config.backstage.tokenEnv }, config, cwd);
  const discovered = await discoverForAnalysis({ paths, cwd, ingest, force: options.discover === true, ...discoveryHistory(config, options.history), onProgress: progress });
  ingest.entities.push(...discovered.entities);
  ingest.diagnostics.push(...discovered.diagnostics);
  if (ingest.entities.length === 0) {
    const first = ingest.diagnostics.find((d) => d.severity === 'error');
    const why = first ? ` (${first.file ?? ''}${first.line ? `:${first.line}:${first.column ?? 1}` : ''}: ${first.message})` : '';
    throw new UsageError(`no Backstage catalog entity found in ${inputs.join(', ')}${why}`);
  }
  progress(`${ingest.entities.length} entities from ${ingest.files.length} files${urls.length > 0 ? ` and ${urls.length} Backstage instance(s)` : ''}`);
  const { model, diagnostics: modelDiagnostics, fieldPosition } = buildModel(ingest.entities, config);
  const prepared = { cwd, config, inputs, ingest, discovery: discovered.sections, model, modelDiagnostics };
  positions.set(prepared, fieldPosition);
  return prepared;
}

// Where each catalog field was written: the catalog's, so every model analysed from it shares it.
const positions = new WeakMap<PreparedOrganisation, ReturnType<typeof fieldPositions>>();

// The history of an organisation as read: every model analysed from it (a plan's after) shares it.
const readings = new WeakMap<PreparedOrganisation, Promise<{ reading?: HistoryReading; diagnostics: Diagnostic[] }>>();

/**
 * History -> analyze -> rules -> result, for `model` (the prepared one, or one a plan changed). Git is read
 * once per prepared organisation, components located as the catalog places them; `merged` names the
 * components a plan folded into others, whose history their survivor takes.
 */
export async function analyzeModel(prepared: PreparedOrganisation, model: OrgModel, options: AnalyzeOptions = {}, discovery: DiscoverySection[] = prepared.discovery, merged?: ReadonlyMap<EntityRef, EntityRef>): Promise<AnalysisResult> {
  const { config, cwd, ingest } = prepared;
  const progress = options.onProgress ?? (() => undefined);
  const index = new ModelIndex(model);
  let read = readings.get(prepared);
  if (!read) {
    read = readHistory(model === prepared.model ? index : new ModelIndex(prepared.model), config, options.history ?? {}, cwd, progress);
    readings.set(prepared, read);
  }
  const { reading, diagnostics: readDiagnostics } = await read;
  const built = reading?.evidence(index, merged);
  const history = { ...(built ? { evidence: built.evidence } : {}), diagnostics: [...readDiagnostics, ...(built?.diagnostics ?? [])] };
  const analysis = analyzeOrg(index, config, { discovery, ...(history.evidence ? { history: history.evidence } : {}) });
  let fieldPosition = positions.get(prepared);
  if (!fieldPosition) {
    fieldPosition = fieldPositions(ingest.entities);
    positions.set(prepared, fieldPosition);
  }
  const findings = runRules({ index, analysis, config, fieldPosition });
  // Discovery and --repo may read one clone: what its git reader met (a shallow clone, say) is said once.
  const diagnostics = distinct([...ingest.diagnostics, ...prepared.modelDiagnostics, ...history.diagnostics]);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'teamfit', version: VERSION },
    inputs: prepared.inputs,
    model,
    systems: analysis.systems,
    teams: analysis.teams,
    findings,
    diagnostics,
    ...(history.evidence ? { history: history.evidence } : {}),
    summary: summarize(model, analysis.systems, analysis.teams, findings, diagnostics),
    ...(discovery.length > 0 ? { discovery } : {}),
  };
}

function distinct(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.severity, d.code, d.file, d.line, d.column, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Discovery reads history with analyze's filters and through the same commit cache. */
function discoveryHistory(config: Config, history: HistoryInputs = {}): { bots: string[]; maxChangesetSize: number; cacheDir?: string } {
  return { bots: config.git.bots, maxChangesetSize: history.maxChangesetSize ?? config.git.maxChangesetSize, ...(history.cacheDir !== undefined ? { cacheDir: history.cacheDir } : {}) };
}

/** Catalog files and Backstage instances, merged into one ingest; an unreadable instance throws. */
async function readAll(paths: string[], urls: string[], options: AnalyzeOptions, config: Config, cwd: string): Promise<IngestResult> {
  const limits = config.backstage;
  const files = paths.length > 0 ? await readCatalog({ paths, cwd, maxFileBytes: config.catalog.maxFileMegabytes * 1024 * 1024, ...(options.onProgress && { onProgress: options.onProgress }) }) : { entities: [], diagnostics: [], files: [] };
  if (options.catalogEntities) {
    const { source, items } = options.catalogEntities;
    const served = readCatalogItems(items, source);
    files.entities.push(...sortCatalogEntities(served.entities));
    files.diagnostics.push(...served.diagnostics);
  }
  if (urls.length === 0) return files;
  const tokenEnv = options.backstageTokenEnv ?? DEFAULT_TOKEN_ENV;
  const token = (options.env ?? process.env)[tokenEnv] || undefined;
  const api = await readBackstageCatalog({
    urls,
    token,
    tokenEnv,
    maxPages: limits.maxPages,
    http: { maxBodyBytes: limits.maxPageMegabytes * 1024 * 1024 },
    ...(options.onProgress && { onProgress: options.onProgress }),
  });
  return { entities: [...files.entities, ...api.entities], diagnostics: [...files.diagnostics, ...api.diagnostics], files: files.files };
}
