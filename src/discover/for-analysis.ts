import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { IngestResult, RawEntity } from '../ingest/types.js';
import type { Diagnostic, DiscoverySection } from '../result/index.js';
import { discoverRepository } from './discover-repository.js';
import { componentsOfRepository, remoteKeys } from './catalog-match.js';
import { mergeDiscovery } from './merge-discovery.js';
import { scopePlaceholders } from './placeholder-scope.js';

export interface DiscoverForAnalysis {
  paths: readonly string[];
  cwd: string;
  ingest: IngestResult;
  /** Discover even where catalog entities were found (their evidence is then matched to them). */
  force: boolean;
  bots?: readonly string[];
  /** Co-change leaves out commits changing more files than this, as analyze does. */
  maxChangesetSize?: number;
  /** The git commit cache, shared with analyze's history; absent, history is read whole from git. */
  cacheDir?: string;
  onProgress?: (message: string) => void;
}

export interface DiscoveredInputs {
  /** Entities to add to the pipeline (none for directories that have a catalog). */
  entities: RawEntity[];
  diagnostics: Diagnostic[];
  sections: DiscoverySection[];
}

/**
 * The orchestrator's discovery step: each directory given without catalog entities (or every directory,
 * when forced) is discovered; with a catalog (its own, or a central one whose components name its remote),
 * discovered evidence is matched to the catalog's entities.
 */
export async function discoverForAnalysis(input: DiscoverForAnalysis): Promise<DiscoveredInputs> {
  const out: DiscoveredInputs = { entities: [], diagnostics: [], sections: [] };
  for (const path of input.paths) {
    const abs = resolve(input.cwd, path);
    if (!(await stat(abs).catch(() => undefined))?.isDirectory()) continue;
    const shown = relative(input.cwd, abs);
    const inside = (file: string) => shown === '' || file === shown || file.startsWith(`${shown}/`);
    const own = input.ingest.entities.filter((e) => inside(e.position.file));
    if (own.length > 0 && !input.force) continue;
    // A central catalog elsewhere describes this repository through components naming its remote.
    const keys = await remoteKeys(abs);
    const central = componentsOfRepository(input.ingest.entities.filter((e) => !inside(e.position.file)), keys);
    const catalog = [...own, ...central];
    const discovery = await discoverRepository(path, {
      cwd: input.cwd,
      ...(input.bots ? { bots: [...input.bots] } : {}),
      ...(input.maxChangesetSize !== undefined ? { maxChangesetSize: input.maxChangesetSize } : {}),
      ...(input.cacheDir !== undefined ? { cacheDir: input.cacheDir } : {}),
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    });
    out.diagnostics.push(...discovery.diagnostics);
    if (catalog.length === 0) {
      out.entities.push(...scopePlaceholders(discovery.entities, [...input.ingest.entities, ...out.entities], discovery.system));
      out.sections.push(discovery.section);
      input.onProgress?.(`discovered ${discovery.units.filter((u) => u.deployable).length} units and ${discovery.resources.length} resources in ${shown || '.'}`);
    } else {
      const merged = mergeDiscovery(catalog, discovery, keys);
      out.diagnostics.push(...merged.diagnostics);
      out.sections.push(merged.section);
    }
  }
  return out;
}
