import type { EntityRef } from '../result/index.js';
import { defineRule } from './define-rule.js';
import { uniqueSorted } from '../analyze/ownership.js';
import { listed } from '../analyze/signal.js';
import { kept } from './evidence-limit.js';

export const sharedResource = defineRule('shared-resource', ({ index }) =>
  index.ofKind('resource')
    .filter((resource) => resource.dataHolding === true)
    .flatMap((resource) => {
      const dependents = index.targets(resource.ref, 'dependencyOf')
        .filter((ref) => ref.startsWith('component:'))
        .map((component) => ({ component, team: index.target(component, 'ownedBy') }))
        .filter((d): d is { component: EntityRef; team: EntityRef } => d.team !== undefined)
        .sort((a, b) => a.component.localeCompare(b.component));
      const teams = uniqueSorted(dependents.map((d) => d.team));
      if (teams.length < 2) return [];
      const owner = index.target(resource.ref, 'ownedBy');
      return [{
        subject: resource.ref,
        message: `${resource.ref} (${resource.type ?? 'resource'}) holds data that components of ${teams.length} teams use: ${listed(teams)}. None of them can change its schema alone.`,
        recommendation: 'Give the data one owning team and let the others reach it through that team\'s API; or split it so each service owns its own datastore, as microservices do.',
        evidence: { resourceType: resource.type ?? 'unknown', ...(owner ? { owner } : {}), dependentCount: dependents.length, dependents: kept(dependents), teams },
      }];
    }),
);
