import type { AnyRule } from './define-rule.js';
import { devopsTeamOwnsSystem } from './devops-team-owns-system.js';
import { missingOwner } from './missing-owner.js';
import { personOwnsSystem } from './person-owns-system.js';
import { ownershipSplit } from './ownership-split.js';
import { sharedResource } from './shared-resource.js';
import { dependencyCycle } from './dependency-cycle.js';
import { tightCoupling } from './tight-coupling.js';
import { opsHandoff } from './ops-handoff.js';
import { structureMismatch } from './structure-mismatch.js';
import { architectureDrift } from './architecture-drift.js';
import { lowTeamAlignment } from './low-team-alignment.js';
import { knowledgeIsland } from './knowledge-island.js';
import { crossTeamCoupling } from './cross-team-coupling.js';
import { sreGatekeeper } from './sre-gatekeeper.js';

/** Every rule, in the order their findings are reported. */
export const RULES: readonly AnyRule[] = [
  devopsTeamOwnsSystem,
  missingOwner,
  personOwnsSystem,
  ownershipSplit,
  sharedResource,
  dependencyCycle,
  tightCoupling,
  opsHandoff,
  structureMismatch,
  architectureDrift,
  lowTeamAlignment,
  knowledgeIsland,
  crossTeamCoupling,
  sreGatekeeper,
];
