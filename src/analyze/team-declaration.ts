import type { Config } from '../config/schema.js';
import type { DeclaredStructure, ModelEntity } from '../result/index.js';
import { refMatcher } from './ref-pattern.js';

/** What a team is said to be, and by whom: the catalog, the organisation's config, or only its name. */
export interface TeamDeclaration {
  structure: DeclaredStructure;
  source: 'annotation' | 'config' | 'name' | 'description';
  /** The words of the name or description it was read from, or the config key. */
  from: string;
}

/** Whole words (never inside `opsgenie` or `shops`) that say what a team does, weakest reading first. */
const WORDS: ReadonlyArray<{ pattern: RegExp; structure: DeclaredStructure }> = [
  { pattern: /(?:^|[^a-z0-9])(sre|site[\s_-]*reliability(?:[\s_-]*engineering)?)(?=$|[^a-z0-9])/, structure: 'sre' },
  { pattern: /(?:^|[^a-z0-9])(ops|operations|infra|infrastructure)(?=$|[^a-z0-9])/, structure: 'ops' },
  { pattern: /(?:^|[^a-z0-9])(platform)(?=$|[^a-z0-9])/, structure: 'insourcing' },
];

/**
 * The team's declaration, strongest source first: its `teamfit.dev/structure` annotation, the config's
 * `teams:` section, a name saying "DevOps" (read by the model), then SRE/ops/platform words in its name,
 * title or display name, then in its description.
 */
export function teamDeclaration(team: ModelEntity, config: Config): TeamDeclaration | undefined {
  if (team.declaredStructure && team.declaredStructureSource === 'annotation') return { structure: team.declaredStructure, source: 'annotation', from: 'teamfit.dev/structure' };
  const configured = configuredTeam(team, config);
  if (configured?.structure) return { structure: configured.structure, source: 'config', from: configured.key };
  if (team.declaredStructure) return { structure: team.declaredStructure, source: 'name', from: team.title ?? team.name };
  const named = fromWords([team.name, team.title, team.displayName]);
  if (named) return { ...named, source: 'name' };
  const described = fromWords([team.description]);
  return described ? { ...described, source: 'description' } : undefined;
}

/** The `teams:` entries that match a team, merged in the config's order (later keys win). */
export function configuredTeam(team: ModelEntity, config: Config): { structure?: DeclaredStructure; memberRole?: string; key: string } | undefined {
  let merged: { structure?: DeclaredStructure; memberRole?: string; key: string } | undefined;
  for (const [key, entry] of Object.entries(config.teams)) {
    if (!refMatcher([key], 'group')(team.ref)) continue;
    merged = { ...merged, ...entry, key: entry.structure || !merged?.structure ? key : merged.key };
  }
  return merged;
}

function fromWords(texts: ReadonlyArray<string | undefined>): { structure: DeclaredStructure; from: string } | undefined {
  for (const { pattern, structure } of WORDS) {
    for (const text of texts) {
      const match = text ? pattern.exec(text.toLowerCase()) : null;
      if (match?.[1]) return { structure, from: match[1] };
    }
  }
  return undefined;
}
