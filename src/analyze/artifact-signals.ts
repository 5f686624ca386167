import type { ArtifactCoupling, Signal } from '../result/index.js';
import { WEIGHTS, type Scale, type Tier } from './evidence-scale.js';
import { signal } from './signal.js';

/** Filtered commits touching units below which co-change proves nothing either way (discovery's minimum). */
const MIN_FILTERED_COMMITS = 10;

/**
 * Discovery's evidence (manifests, build files, release tags, filtered co-change, contracts, stacks) as
 * signals weighed into `scale`. Release conventions are soft; shared data, domain libraries and filtered
 * co-change are proof; contracts, separate stacks, independent releases and low co-change are
 * independence.
 */
export function artifactSignals(couplings: readonly ArtifactCoupling[], sharedDatastoreCounted: boolean, scale: Scale): Signal[] {
  const signals: Signal[] = [];
  const couple = (tier: Tier, id: string, reason: string, weight: number) => scale.coupling[tier].push({ signal: id, reason, weight });
  const free = (id: string, reason: string, weight: number) => scale.independence.push({ signal: id, reason, weight });
  for (const coupling of couplings) {
    const { kind, coupled } = coupling;
    const base = { source: 'artifact' as const, evidence: coupling.evidence, ...(coupling.threshold !== undefined ? { threshold: coupling.threshold } : {}) };
    switch (kind) {
      case 'shared-datastore': {
        // A resource shared in the catalog model is already counted by the catalog signal.
        const counted = coupling.via === 'resource' && sharedDatastoreCounted;
        const counts = coupled && !counted;
        signals.push(signal({ ...base, id: 'artifact-shared-datastore', description: `units of different bounded contexts using one logical database (${coupling.via}: ${coupling.datastore})`, value: coupling.units.length, pushes: counts ? 'micro-monolith' : 'none', weight: counts ? WEIGHTS.sharedData : 0 }));
        if (counts) couple('hard', 'artifact-shared-datastore', `one datastore (${coupling.datastore}) shared by ${coupling.units.length} units`, WEIGHTS.sharedData);
        break;
      }
      case 'shared-image':
        signals.push(signal({ ...base, id: 'artifact-shared-image', description: `units built from one image or artefact (${coupling.image}): a build convention, soft`, value: coupling.units.length, pushes: coupled ? 'micro-monolith' : 'none', weight: coupled ? WEIGHTS.sharedImage : 0 }));
        if (coupled) couple('convention', 'artifact-shared-image', `${coupling.units.length} units built from one image`, WEIGHTS.sharedImage);
        break;
      case 'shared-library': {
        const domain = coupled && coupling.holdsDomainTypes;
        // Plumbing (service defaults, logging, a client) most units use couples nothing: only entities do.
        signals.push(signal({ ...base, id: 'artifact-shared-library', description: `share of units depending on the internal library ${coupling.library}${coupling.holdsDomainTypes ? ' (domain or persistence types)' : ''}`, value: coupling.share, pushes: domain ? 'micro-monolith' : 'none', weight: domain ? WEIGHTS.domainLibrary : 0 }));
        if (domain) couple('hard', 'artifact-shared-library', `a shared library of domain or persistence types (${coupling.library})`, WEIGHTS.domainLibrary);
        break;
      }
      case 'lockstep-versioning':
        signals.push(signal({ ...base, id: 'artifact-lockstep-versioning', description: `units sharing one version string (${coupling.version}): a release convention, soft`, value: coupling.versionedUnits, pushes: coupled ? 'micro-monolith' : 'none', weight: coupled ? WEIGHTS.lockstepVersioning : 0 }));
        if (coupled) couple('convention', 'artifact-lockstep-versioning', 'one version for every unit', WEIGHTS.lockstepVersioning);
        break;
      case 'lockstep-releases':
        signals.push(signal({ ...base, id: 'artifact-lockstep-releases', description: `mean share of units changed between consecutive release tags, version bumps and bot commits left out (${coupling.tagRange}): lockstep is a release convention, soft`, value: coupling.meanShare, pushes: coupled ? 'micro-monolith' : 'microservices', weight: coupled ? WEIGHTS.lockstepReleases : WEIGHTS.releasedIndependently }));
        if (coupled) couple('convention', 'artifact-lockstep-releases', 'units released in lockstep', WEIGHTS.lockstepReleases);
        else free('artifact-lockstep-releases', 'units are released independently', WEIGHTS.releasedIndependently);
        break;
      case 'co-change': {
        const measured = coupling.filtered.touchingUnits >= MIN_FILTERED_COMMITS;
        const low = measured && !coupled;
        signals.push(signal({ ...base, id: 'artifact-co-change', description: `share of commits touching several units, after leaving out ${coupling.excluded.bots} bot, ${coupling.excluded.merges} merge and ${coupling.excluded.sweeping + coupling.excluded.messages} sweeping commits (raw: ${coupling.raw.share})`, value: coupling.filtered.share, pushes: coupled ? 'micro-monolith' : low ? 'microservices' : 'none', weight: coupled ? WEIGHTS.filteredCoChange : low ? WEIGHTS.lowCoChange : 0 }));
        if (coupled) couple('hard', 'artifact-co-change', 'changes keep crossing units (filtered co-change)', WEIGHTS.filteredCoChange);
        else if (low) free('artifact-co-change', 'changes stay inside units (filtered co-change below its threshold)', WEIGHTS.lowCoChange);
        break;
      }
      case 'api-contracts': {
        // Per unit: contracts no unit serves or calls show no boundary between this system's units.
        const between = coupling.units.length >= (coupling.threshold ?? 2);
        signals.push(signal({ ...base, id: 'artifact-api-contracts', description: 'units serving or calling API contracts (proto, OpenAPI, AsyncAPI) in the repository', value: coupling.units.length, pushes: between ? 'microservices' : 'none', weight: between ? WEIGHTS.apiContracts : 0 }));
        if (between) free('artifact-api-contracts', 'units serve and call each other through API contracts', WEIGHTS.apiContracts);
        break;
      }
      case 'separate-stacks':
        signals.push(signal({ ...base, id: 'artifact-separate-stacks', description: 'languages among its units (units in different languages or build systems share no code or build)', value: coupling.languages, pushes: 'microservices', weight: WEIGHTS.separateStacks }));
        free('artifact-separate-stacks', `units in ${coupling.languages > 1 ? `${coupling.languages} languages` : 'different build systems'}`, WEIGHTS.separateStacks);
        break;
    }
  }
  return signals;
}
