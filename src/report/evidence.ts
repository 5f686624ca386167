import type { Finding } from '../result/index.js';
import { joinTruncated, percent } from './format.js';

const LIST_LIMIT = 4;
const list = (items: readonly string[]): string => joinTruncated(items, LIST_LIMIT);

/**
 * One line a reader can check by hand, per rule. The switch is exhaustive over the Finding union, so a new
 * rule does not compile until it says what its evidence looks like. The text is raw: callers escape it.
 */
export function evidenceSummary(finding: Finding): string {
  switch (finding.ruleId) {
    case 'devops-team-owns-system': {
      const { team, declaredBy, owned, otherContributors } = finding.evidence;
      return `${team} (DevOps by ${declaredBy}) owns ${list(owned)}; other contributors: ${list(otherContributors)}`;
    }
    case 'missing-owner': {
      const { kind, declared, reason, suggestion } = finding.evidence;
      const meant = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
      return declared === null ? `${kind} has no spec.owner` : `${kind} spec.owner "${declared}": ${reason}${meant}`;
    }
    case 'person-owns-system': {
      const { owner, memberOf } = finding.evidence;
      return `owner ${owner}, member of ${list(memberOf)}`;
    }
    case 'ownership-split': {
      const { owners, crossings, crossingCount } = finding.evidence;
      const teams = owners.map((owner) => `${owner.team} (${owner.owned.length})`);
      const edges = crossings.map((crossing) => `${crossing.from} -> ${crossing.to}`);
      return `owners ${list(teams)}; crossing dependencies: ${joinTruncated(edges, LIST_LIMIT, crossingCount)}`;
    }
    case 'shared-resource': {
      const { resourceType, owner, dependents, dependentCount, teams } = finding.evidence;
      const owned = owner === undefined ? 'no owner' : `owned by ${owner}`;
      return `${resourceType}, ${owned}; used by ${dependentCount ?? dependents.length} components of teams ${list(teams)}`;
    }
    case 'dependency-cycle': {
      const { cycle, systems, length } = finding.evidence;
      const first = cycle[0];
      // A long cycle is named in the message already; the evidence line gives its size, not every member again.
      const loop = first === undefined ? '' : length > 8 ? `of ${length} components through ${first}` : [...cycle, first].join(' -> ');
      return `cycle ${loop}; systems ${list(systems)}`;
    }
    case 'tight-coupling': {
      const { confidence, couplings } = finding.evidence;
      return `${percent(confidence)} confident; couplings: ${list(couplings.map((coupling) => `${coupling.kind}: ${coupling.description}`))}`;
    }
    case 'ops-handoff': {
      const { builtBy, operatedBy, components, declaredAt } = finding.evidence;
      return `built by ${builtBy}, operated by ${list(operatedBy)}; ${components.length} components (declared at ${declaredAt})`;
    }
    case 'structure-mismatch': {
      const { architecture, teams, expected, problem } = finding.evidence;
      const who = teams.map((team) => `${team.team} (${team.structure}, ${team.roles.join('/')})`);
      return `${architecture} run by ${list(who)}; expected ${expected}; ${problem}`;
    }
    case 'architecture-drift': {
      const { declared, measured, confidence, signals } = finding.evidence;
      return `declared ${declared}, measured ${measured} (${percent(confidence)}); signals: ${list(signals)}`;
    }
    case 'low-team-alignment': {
      const { owner, ownerShare, matchedRevisions, changesByTeam } = finding.evidence;
      return `${owner} made ${percent(ownerShare)} of ${matchedRevisions} changes; by team: ${list(changesByTeam.map((t) => `${t.team} ${t.revisions}`))}`;
    }
    case 'knowledge-island': {
      const { person, share, revisions, truckFactor } = finding.evidence;
      return `${person} made ${percent(share)} of ${revisions} revisions; truck factor ${truckFactor}`;
    }
    case 'cross-team-coupling': {
      const { a, b, teams, shared, degree, by } = finding.evidence;
      return `${a} and ${b} (${list(teams)}) changed together: ${shared} shared, degree ${degree}% (by ${by})`;
    }
    case 'sre-gatekeeper': {
      const { handle, structure, gated } = finding.evidence;
      return `${handle} (${structure}) must approve ${list(gated.map((g) => `${g.component} of ${g.owner} (${g.files}/${g.applicationFiles} files, ${g.rules.join(', ')})`))}`;
    }
  }
}
