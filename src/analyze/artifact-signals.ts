import type { ArtifactCoupling, Signal } from '../result/index.js';
import { signal } from './signal.js';

export interface ArtifactReading {
  signals: Signal[];
  hard: string[];
  soft: string[];
  /** Signs of independence the artefacts show (e.g. units released at different times). */
  clear: string[];
}

/**
 * Discovery's coupling evidence (manifests, build files, release tags, filtered co-change) as signals.
 * The artefact couplings carry the verdict; co-change, weak alone, only adds to them.
 */
export function artifactSignals(couplings: readonly ArtifactCoupling[], sharedDatastoreCounted: boolean): ArtifactReading {
  const reading: ArtifactReading = { signals: [], hard: [], soft: [], clear: [] };
  for (const coupling of couplings) {
    const { kind, coupled } = coupling;
    const base = { source: 'artifact' as const, evidence: coupling.evidence, ...(coupling.threshold !== undefined ? { threshold: coupling.threshold } : {}) };
    switch (kind) {
      case 'shared-datastore': {
        // A resource shared in the catalog model is already counted by the catalog signal.
        const counted = coupling.via === 'resource' && sharedDatastoreCounted;
        reading.signals.push(signal({ ...base, id: 'artifact-shared-datastore', description: `units using one datastore (${coupling.via}: ${coupling.datastore})`, value: coupling.units.length, pushes: coupled && !counted ? 'micro-monolith' : 'none', weight: coupled && !counted ? 0.3 : 0 }));
        if (coupled && !counted) reading.hard.push(`one datastore (${coupling.datastore}) shared by ${coupling.units.length} units`);
        break;
      }
      case 'shared-image':
        reading.signals.push(signal({ ...base, id: 'artifact-shared-image', description: `units built from one image or artefact (${coupling.image})`, value: coupling.units.length, pushes: coupled ? 'micro-monolith' : 'none', weight: coupled ? 0.3 : 0 }));
        if (coupled) reading.hard.push(`${coupling.units.length} units built from one image`);
        break;
      case 'shared-library': {
        const domain = coupled && coupling.holdsDomainTypes;
        reading.signals.push(signal({ ...base, id: 'artifact-shared-library', description: `share of units depending on the internal library ${coupling.library}${coupling.holdsDomainTypes ? ' (domain or persistence types)' : ''}`, value: coupling.share, pushes: coupled ? 'micro-monolith' : 'none', weight: domain ? 0.3 : coupled ? 0.1 : 0 }));
        if (domain) reading.hard.push('a shared library of domain or persistence types');
        else if (coupled) reading.soft.push('a library most units depend on');
        break;
      }
      case 'lockstep-versioning':
        reading.signals.push(signal({ ...base, id: 'artifact-lockstep-versioning', description: `units sharing one version string (${coupling.version})`, value: coupling.versionedUnits, pushes: coupled ? 'micro-monolith' : 'none', weight: coupled ? 0.1 : 0 }));
        if (coupled) reading.soft.push('one version for every unit');
        break;
      case 'lockstep-releases':
        reading.signals.push(signal({ ...base, id: 'artifact-lockstep-releases', description: `mean share of units changed between consecutive release tags (${coupling.tagRange})`, value: coupling.meanShare, pushes: coupled ? 'micro-monolith' : 'microservices', weight: coupled ? 0.3 : 0.2 }));
        if (coupled) reading.hard.push('units released in lockstep');
        else reading.clear.push('units are released independently');
        break;
      case 'co-change':
        reading.signals.push(signal({ ...base, id: 'artifact-co-change', description: `share of commits touching several units, after leaving out ${coupling.excluded.bots} bot, ${coupling.excluded.merges} merge and ${coupling.excluded.sweeping + coupling.excluded.messages} sweeping commits (raw: ${coupling.raw.share})`, value: coupling.filtered.share, pushes: coupled ? 'micro-monolith' : 'none', weight: coupled ? 0.15 : 0 }));
        if (coupled) reading.soft.push('units changed together');
        break;
    }
  }
  return reading;
}
