import type { ArtifactCoupling, DiscoverySection } from '../../result/index.js';
import { truncate } from '../format.js';
import type { Lines } from './lines.js';
import type { Palette } from './palette.js';

const LIST_LIMIT = 20;
const EVIDENCE_LIMIT = 3;

/** What discovery found in each repository: units, resources, dependencies and the coupling signals. */
export function writeDiscovery(out: Lines, sections: readonly DiscoverySection[] | undefined, paint: Palette): void {
  for (const section of sections ?? []) {
    const how = section.matchedCatalog ? 'matched to its catalog' : 'no catalog: discovered from manifests and git history';
    out.add(0, paint.bold(`Discovered in ${section.root}`) + paint.dim(` (${section.system}; ${how})`));
    const units = section.units.filter((u) => u.deployable);
    const libraries = section.units.filter((u) => !u.deployable);
    list(out, `units (${units.length})`, units.map((u) => `${u.name}  ${paint.dim(`${u.sourceDir} [${u.sources.join(', ')}]${u.version ? ` v${u.version}` : ''} ${u.evidence[0] ?? ''}`)}`));
    list(out, `libraries (${libraries.length})`, libraries.map((u) => `${u.name}  ${paint.dim(`${u.sourceDir} ${u.evidence[0] ?? ''}`)}`));
    list(out, `resources (${section.resources.length})`, section.resources.map((r) => `${r.name}  ${paint.dim(`${r.type}/${r.technology}${r.databases.length > 0 ? ` databases ${r.databases.join(', ')}` : ''} ${r.evidence[0] ?? ''}`)}`));
    list(out, `dependencies (${section.dependencies.length})`, section.dependencies.map((d) => `${short(d.from)} -> ${short(d.to)}  ${paint.dim(`${d.kind} ${d.evidence[0] ?? ''}`)}`));
    out.add(2, `coupling signals (${section.coupling.length})`);
    if (section.coupling.length === 0) out.add(4, paint.dim('none measured'));
    for (const signal of section.coupling) {
        const isIndependence = signal.kind === 'api-contracts' || signal.kind === 'separate-stacks';
      const state = signal.coupled ? paint.label('micro-monolith', 'coupled') : paint.dim(isIndependence ? 'independence' : 'not coupled');
      out.add(4, `${signal.kind}  ${state}  ${describe(signal)}`);
      const { shown, hidden } = truncate(signal.evidence, EVIDENCE_LIMIT);
      for (const line of shown) out.add(6, paint.dim(line));
      out.more(6, hidden, ' (see --format json)');
    }
    if (section.teams.length > 0) {
      list(out, `teams (${section.teams.length})`, section.teams.map((t) => `${short(t.ref)}  ${paint.dim(`${t.source === 'inferred' ? 'inferred from git authors' : 'from CODEOWNERS'}: owns ${t.owns.map(short).join(', ')}`)}`));
    }
    out.blank();
  }
}

function list(out: Lines, title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  out.add(2, title);
  const { shown, hidden } = truncate(items, LIST_LIMIT);
  for (const item of shown) out.add(4, item);
  out.more(4, hidden);
}

function short(ref: string): string {
  return ref.replace(/^(component|resource|group):default\//, '');
}

function describe(signal: ArtifactCoupling): string {
  const units = signal.units.map(short).join(', ');
  switch (signal.kind) {
    case 'shared-datastore':
      return `${short(signal.datastore)} (${signal.via}) used by ${units}`;
    case 'shared-image':
      return `${signal.image} runs ${units}`;
    case 'shared-library':
      return `${short(signal.library)} used by ${Math.round(signal.share * 100)}% of units${signal.holdsDomainTypes ? `, holds domain types (${signal.domainHints.join('; ')})` : ''}`;
    case 'lockstep-versioning':
      return `version ${signal.version} on ${signal.versionedUnits} units`;
    case 'lockstep-releases':
      return `${Math.round(signal.meanShare * 100)}% of units change between consecutive releases (${signal.tagRange}, ${signal.releases.length} releases)`;
    case 'co-change': {
      const { raw, filtered, excluded } = signal;
      return `commits touching 2+ units: raw ${raw.multiUnit}/${raw.touchingUnits} (${raw.share}), filtered ${filtered.multiUnit}/${filtered.touchingUnits} (${filtered.share}); left out ${excluded.bots} bot, ${excluded.merges} merge, ${excluded.sweeping} sweeping, ${excluded.messages} bump/format commits`;
    }
    case 'api-contracts':
      return `${signal.contracts.length} API contract(s): ${signal.contracts.map((c) => c.file).join(', ')}`;
    case 'separate-stacks':
      return `${signal.languages} languages: ${signal.stacks.map((s) => `${short(s.unit)} ${s.language}/${s.build}`).join(', ')}`;
  }
}
