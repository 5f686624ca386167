import type { AnalysisResult, EntityRef, Finding, RuleId, Severity } from '../result/index.js';

/** Findings that share one root cause: fixed once at the source, they all go away. */
export interface FindingGroup {
  /** Stable identity: rule id and root cause (or the fingerprint of a finding that shares none). */
  key: string;
  ruleId: RuleId;
  /** The most severe of its findings. */
  severity: Severity;
  /** The shared cause in words; for a group of one, the finding's own message. */
  cause: string;
  count: number;
  findings: Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const TEAM_WORD = { devops: 'DevOps', sre: 'SRE', ops: 'ops' } as const;

/** What many findings of one rule have in common; undefined when a finding stands only for itself. */
interface RootCause {
  key: string;
  cause: string;
}

/**
 * Groups findings by root cause, most severe and largest groups first (then by key, so the order depends on
 * nothing but the findings). Findings keep their order inside a group.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const root = rootCause(finding);
    const key = `${finding.ruleId}:${root?.key ?? finding.fingerprint}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { key, ruleId: finding.ruleId, severity: finding.severity, cause: root?.cause ?? finding.message, count: 1, findings: [finding] });
      continue;
    }
    group.findings.push(finding);
    group.count++;
    if (RANK[finding.severity] < RANK[group.severity]) group.severity = finding.severity;
  }
  const sorted = [...groups.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count || a.key.localeCompare(b.key));
  // One finding alone says more in its own message than the cause it would have shared.
  for (const group of sorted) if (group.count === 1 && group.findings[0]) group.cause = group.findings[0].message;
  return sorted;
}

/**
 * The few groups that matter most, each standing for one thing to act on. Ranked by, in order: severity;
 * findings new against the baseline before known ones (a baseline records what was accepted); reach, the
 * entities the cause touches (each subject, and every component of a subject system), since one fix there
 * helps most; then the group order. Within a severity, each rule's best group comes before any rule's
 * second, so one rule with many causes does not crowd out the others.
 */
export function headlines(result: Pick<AnalysisResult, 'findings' | 'systems'>, n: number): FindingGroup[] {
  const components = new Map(result.systems.map((system) => [system.ref, system.components.length]));
  const reach = (group: FindingGroup): number => {
    const subjects = new Set(group.findings.map((finding) => finding.subject));
    return [...subjects].reduce((sum, subject) => sum + 1 + (components.get(subject) ?? 0), 0);
  };
  const isNew = (group: FindingGroup): number => (group.findings.some((finding) => finding.baseline === 'new') ? 0 : 1);
  const ranked = groupFindings(result.findings)
    .map((group, order) => ({ group, order, reach: reach(group), isNew: isNew(group) }))
    .sort((a, b) => RANK[a.group.severity] - RANK[b.group.severity] || a.isNew - b.isNew || b.reach - a.reach || a.order - b.order);
  const turn = new Map<string, number>();
  const rounds = ranked.map((entry, rank) => {
    const ruleKey = `${entry.group.severity}:${entry.group.ruleId}`;
    const round = turn.get(ruleKey) ?? 0;
    turn.set(ruleKey, round + 1);
    return { group: entry.group, rank, round };
  });
  rounds.sort((a, b) => RANK[a.group.severity] - RANK[b.group.severity] || a.round - b.round || a.rank - b.rank);
  return rounds.slice(0, Math.max(0, n)).map((entry) => entry.group);
}

/** `169 × missing-owner: owners point at namespace default; ...`, or the message of a single finding. Raw text. */
export function groupLine(group: FindingGroup): string {
  return group.count === 1 ? `${group.ruleId}: ${group.cause}` : `${group.count} × ${group.ruleId}: ${group.cause}`;
}

function rootCause(finding: Finding): RootCause | undefined {
  switch (finding.ruleId) {
    case 'missing-owner': {
      const { reason, declared, sharedCause } = finding.evidence;
      // The rule already found what several dangling owners share (one namespace, one kind, one missing group).
      if (sharedCause !== undefined) return { key: `shared:${sharedCause.cause}`, cause: `owners ${sharedCause.cause}` };
      if (declared === null) return { key: 'absent', cause: 'no spec.owner is set' };
      const text: Record<typeof reason, string> = {
        absent: 'is not set',
        'not-found': 'does not exist in the catalog',
        'wrong-kind': 'is not a Group or User',
        malformed: 'is not a valid entity reference',
        unowned: "is the organisation's marker for no owner",
      };
      // The same words resolve differently per namespace, so a not-found owner is grouped within one.
      const scope = reason === 'not-found' ? `${namespaceOf(finding.subject)}:` : '';
      return { key: `${reason}:${scope}${declared.toLowerCase()}`, cause: `spec.owner "${declared}" ${text[reason]}` };
    }
    case 'person-owns-system':
      return { key: finding.evidence.owner, cause: `owned by a person, ${finding.evidence.owner}, not by a team` };
    case 'devops-team-owns-system': {
      const { team, declared } = finding.evidence;
      return { key: team, cause: `owned by ${team}, a ${TEAM_WORD[declared ?? 'devops']} team, not by the teams that build them` };
    }
    case 'ops-handoff': {
      const { builtBy, operatedBy } = finding.evidence;
      const operators = [...operatedBy].sort().join(', ');
      return { key: `${builtBy}>${operators}`, cause: `built by ${builtBy} and handed to ${operators} to run` };
    }
    case 'structure-mismatch': {
      const { architecture, teams, expected } = finding.evidence;
      const who = teams.map((team) => `${team.team} (${team.structure}, ${[...team.roles].sort().join('/')})`).sort();
      return { key: `${architecture}:${who.join(',')}`, cause: `${architecture} systems with ${who.join(', ')}; the model expects ${expected}` };
    }
    case 'architecture-drift': {
      const { declared, measured } = finding.evidence;
      return { key: `${declared}>${measured}`, cause: `systems declared ${declared} measure as ${measured}` };
    }
    case 'low-team-alignment':
      return { key: finding.evidence.owner, cause: `components of ${finding.evidence.owner} are changed mostly by other teams` };
    case 'knowledge-island': {
      const { person, user } = finding.evidence;
      return { key: user ?? `person:${person}`, cause: `${person} made most of the changes, so the knowledge sits with one person` };
    }
    case 'cross-team-coupling': {
      const teams = [...finding.evidence.teams].sort();
      return { key: teams.join(','), cause: `components of ${teams.join(' and ')} change together` };
    }
    case 'sre-gatekeeper':
      return { key: finding.evidence.team, cause: `${finding.evidence.handle} must approve application changes it does not build` };
    // Each of these is about its own system, resource or cycle: the cause is the subject itself.
    case 'ownership-split':
    case 'shared-resource':
    case 'dependency-cycle':
    case 'tight-coupling':
      return undefined;
  }
}

function namespaceOf(ref: EntityRef): string {
  const colon = ref.indexOf(':');
  return ref.slice(colon + 1, ref.indexOf('/', colon));
}
