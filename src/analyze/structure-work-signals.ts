import type { Signal, StructureLabel } from '../result/index.js';
import type { Config } from '../config/schema.js';
import type { TeamFacts } from './team-facts.js';
import { round } from './signal.js';

export type Scored = Exclude<StructureLabel, 'undetermined'>;
export type Push = (label: Scored | 'none', weight: number, input: Omit<Signal, 'pushes' | 'weight' | 'source'> & Partial<Pick<Signal, 'source'>>) => void;

/** Below this share of operations work in what a team owns its people barely touch how it runs; above 1 minus it, how it is built. */
const WORK_MIX = 0.1;
/** Operations-file changes by other teams, from which their doing more of them than the team means a hand-off. */
const HANDOFF_OPS_FILES = 3;

/**
 * Skills: declared or configured roles; without any, the work people did in git, but only from
 * `minTeamEvidence` people with enough commits: one busy person says little about a team.
 */
export function skillSignals(facts: TeamFacts, config: Config, push: Push): { floor: number; skills: { known: number; dev: number; ops: number } } {
  const floor = config.thresholds.minTeamEvidence;
  const declared = facts.skills.dev.length + facts.skills.ops.length + facts.skills.other.length;
  const byWork = declared === 0 && facts.work !== undefined;
  const { dev, ops, other } = byWork && facts.work ? { dev: facts.work.dev, ops: facts.work.ops, other: [] } : facts.skills;
  const known = dev.length + ops.length + other.length;
  const usable = byWork ? known >= floor : known > 0;
  const configured = facts.skills.configured.length;
  const skills = {
    id: byWork ? 'work-skill-mix' : 'skill-mix',
    description: byWork
      ? `people whose git changes are mostly application code / mostly operations files (members, or authors CODEOWNERS maps to the team; ${config.thresholds.minMemberRevisions}+ commits)`
      : `members with dev / ops-or-SRE / other roles (teamfit.dev/role${configured > 0 ? `; ${configured} from config` : ''})`,
    value: `${dev.length}/${ops.length}/${other.length}`,
    evidence: [...dev.map((m) => `${m} (dev)`), ...ops.map((m) => `${m} (ops)`), ...other.map((m) => `${m} (other)`)],
    ...(byWork ? { source: 'git' as const } : configured > 0 ? { source: 'config' as const } : {}),
  };
  if (known === 0) push('none', 0, { ...skills, description: `${skills.description}: no member declares a role or has changes to show one (${facts.skills.unknown.length} members)` });
  else if (!usable) push('none', 0, { ...skills, description: `${skills.description}: ${known} person(s), under the evidence floor of ${floor} (thresholds.minTeamEvidence)`, threshold: floor });
  else if (dev.length > 0 && ops.length > 0) push('cross-functional', 0.35, { ...skills, description: `${skills.description}: both dev and ops skills` });
  else if (ops.length > 0) push('ops-only', 0.3, { ...skills, description: `${skills.description}: ops skills only` });
  else push('dev-only', 0.35, { ...skills, description: `${skills.description}: no ops skills` });
  if (!byWork && facts.work && facts.work.dev.length + facts.work.ops.length > 0) {
    push('none', 0, { id: 'work-skill-mix', description: 'for comparison: people whose git changes are mostly application code / mostly operations files', value: `${facts.work.dev.length}/${facts.work.ops.length}`, evidence: [...facts.work.dev, ...facts.work.ops], source: 'git' });
  }
  const counted = usable ? { known, dev: dev.length, ops: ops.length } : { known: 0, dev: 0, ops: 0 };
  const opsShare = counted.known > 0 ? ops.length / known : 0;
  push(counted.known > 0 && opsShare >= config.thresholds.opsShare ? 'sre' : 'none', 0.2, {
    id: 'ops-share', description: 'share of members with ops or SRE roles', value: round(opsShare), threshold: config.thresholds.opsShare, evidence: usable ? ops : [],
  });
  return { floor, skills: counted };
}

/**
 * The share of operations work in the changes made to what the team owns, by its own people: both kinds of
 * work in its hands means it builds and runs; operations work done mostly by other teams means a hand-off.
 * Returns whether the team's own people do operations work on it.
 */
export function workSignal(facts: TeamFacts, config: Config, runs: Scored | 'none', push: Push): boolean {
  const work = facts.teamWork;
  if (!work || work.components.length === 0) return false;
  const share = work.files > 0 ? work.opsFiles / work.files : 0;
  const enough = work.files >= config.thresholds.minTeamChanges;
  const known = work.by.members + work.by.codeOwners;
  // Work by authors matched to nobody is work on what it owns, but not known to be the team's: it counts less.
  const weight = known * 2 >= work.files ? 0.3 : 0.2;
  const label = !enough || share < WORK_MIX ? 'none' : share > 1 - WORK_MIX && runs === 'cross-functional' ? 'ops-only' : runs;
  push(label, weight, {
    id: 'team-ops-work',
    description: `share of operations files (CI, containers, Kubernetes, Helm, Terraform, deploys, runbooks) in the changes to what it owns: ${work.by.members} by members, ${work.by.codeOwners} by authors CODEOWNERS maps to it, ${work.by.unmatched} by unmatched authors (${work.by.otherTeams} by other teams, left out)`,
    value: round(share), threshold: WORK_MIX, source: 'git',
    evidence: [...work.components, ...work.unread.map((repo) => `not read: ${repo}`)],
  });
  const byOthers = work.otherTeamsOpsFiles >= HANDOFF_OPS_FILES && work.otherTeamsOpsFiles > work.opsFiles;
  push(byOthers ? 'dev-only' : 'none', 0.2, {
    id: 'ops-work-by-others', description: 'operations-file changes to what it owns made by members of other teams, against its own', value: work.otherTeamsOpsFiles, threshold: Math.max(HANDOFF_OPS_FILES, work.opsFiles + 1), source: 'git', evidence: work.components,
  });
  return enough && share >= WORK_MIX;
}
