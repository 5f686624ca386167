import type { Signal, StructureLabel, StructureVerdict } from '../result/index.js';
import type { Config } from '../config/schema.js';
import type { TeamFacts } from './team-facts.js';
import { clamp, round, signal } from './signal.js';

type Scored = Exclude<StructureLabel, 'undetermined'>;

const DECLARED_LABEL: Record<string, Scored | undefined> = {
  sre: 'sre',
  'cross-functional': 'cross-functional',
  insourcing: 'insourcing',
  dev: 'dev-only',
  ops: 'ops-only',
};

/**
 * Structure of one team from who is in it (roles), what it owns, what it runs and who depends on it.
 * Each signal adds its weight to the label it supports; the best-supported label wins, and its summed
 * weight is the confidence. A declaration counts as one more signal, never as the verdict by itself.
 */
export function classifyStructure(facts: TeamFacts, config: Config): StructureVerdict {
  const scores: Record<Scored, number> = { sre: 0, 'cross-functional': 0, insourcing: 0, 'dev-only': 0, 'ops-only': 0 };
  const signals: Signal[] = [];
  const push = (label: Scored | 'none', weight: number, input: Omit<Signal, 'pushes' | 'weight' | 'source'> & Partial<Pick<Signal, 'source'>>) => {
    if (label !== 'none') scores[label] += weight;
    signals.push(signal({ ...input, pushes: label, weight: label === 'none' ? 0 : weight }));
  };

  // Declared roles first; without them, the work members did in git shows their skills.
  const byWork = facts.skills.dev.length + facts.skills.ops.length + facts.skills.other.length === 0 && facts.work !== undefined;
  const { dev, ops, other } = byWork && facts.work ? { dev: facts.work.dev, ops: facts.work.ops, other: [] } : facts.skills;
  const known = dev.length + ops.length + other.length;
  const opsShare = known > 0 ? ops.length / known : 0;
  const skillEvidence = [...dev.map((m) => `${m} (dev)`), ...ops.map((m) => `${m} (ops)`), ...other.map((m) => `${m} (other)`)];
  const skills = {
    id: byWork ? 'work-skill-mix' : 'skill-mix',
    description: byWork ? 'members whose git changes are mostly application code / mostly operations files' : 'members with dev / ops-or-SRE / other roles (teamfit.dev/role)',
    value: `${dev.length}/${ops.length}/${other.length}`,
    evidence: skillEvidence,
    ...(byWork ? { source: 'git' as const } : {}),
  };
  if (known === 0) push('none', 0, { ...skills, description: `${skills.description}: no member declares a role or has changes to show one (${facts.skills.unknown.length} members)` });
  else if (dev.length > 0 && ops.length > 0) push('cross-functional', 0.35, { ...skills, description: `${skills.description}: both dev and ops skills` });
  else if (ops.length > 0) push('ops-only', 0.3, { ...skills, description: `${skills.description}: ops skills only` });
  else push('dev-only', 0.35, { ...skills, description: `${skills.description}: no ops skills` });
  if (!byWork && facts.work && facts.work.dev.length + facts.work.ops.length > 0) {
    push('none', 0, {
      id: 'work-skill-mix', description: 'for comparison: members whose git changes are mostly application code / mostly operations files', value: `${facts.work.dev.length}/${facts.work.ops.length}`, evidence: [...facts.work.dev, ...facts.work.ops], source: 'git',
    });
  }

  push(known > 0 && opsShare >= config.thresholds.opsShare ? 'sre' : 'none', 0.2, {
    id: 'ops-share', description: 'share of members with ops or SRE roles', value: round(opsShare), threshold: config.thresholds.opsShare, evidence: ops,
  });

  push('none', 0, {
    id: 'owns', description: `entities it owns (${facts.ownedUnits.length} deployable, ${facts.sharedInfrastructure.length} infrastructure)`, value: facts.owns.length, evidence: facts.owns,
  });

  push(facts.operatesForOthers.length > 0 ? 'sre' : 'none', 0.4, {
    id: 'operates-for-others', description: 'systems or services it runs that other teams own', value: facts.operatesForOthers.length, threshold: 1, evidence: facts.operatesForOthers,
  });

  // Running what it builds makes a team cross-functional only if someone in it builds: an ops-only team
  // running its own units is an operations team that owns software (the DevOps-team-as-owner case).
  const runsOwn = facts.ownedUnits.length > 0 && facts.handedOff.length === 0;
  const opsOnly = known > 0 && dev.length === 0 && ops.length > 0;
  push(runsOwn && !opsOnly ? 'cross-functional' : 'none', 0.3, {
    id: 'runs-what-it-builds', description: 'deployable units it owns and also runs', value: facts.ownedUnits.length - facts.handedOff.length, threshold: facts.ownedUnits.length, evidence: facts.ownedUnits,
  });

  push(facts.handedOff.length > 0 ? 'dev-only' : 'none', 0.35, {
    id: 'handed-off', description: 'deployable units it owns that another team runs', value: facts.handedOff.length, threshold: 1, evidence: facts.handedOff,
  });

  const minTeams = config.thresholds.insourcingDependentTeams;
  // More teams leaning on it make the insourcing reading stronger, up to a cap.
  const insourcingWeight = Math.min(0.65, 0.45 + 0.05 * facts.dependentTeams.length);
  push(facts.dependentTeams.length >= minTeams ? 'insourcing' : 'none', insourcingWeight, {
    id: 'dependent-teams', description: 'other teams whose components depend on infrastructure it owns', value: facts.dependentTeams.length, threshold: minTeams, evidence: facts.dependentTeams,
  });

  const servesNobody = facts.operatesForOthers.length === 0 && facts.dependentTeams.length < minTeams;
  if (opsOnly) {
    push(servesNobody ? 'ops-only' : 'none', 0.25, { id: 'serves-nobody', description: 'runs nothing for other teams and offers nothing several teams depend on', value: servesNobody, evidence: facts.owns });
  }

  const declared = facts.team.declaredStructure;
  const declaredLabel = declared ? DECLARED_LABEL[declared] : undefined;
  if (declared) {
    push(declaredLabel ?? 'none', 0.15, {
      id: 'declared-structure', description: `declared structure (${facts.team.declaredStructureSource === 'name' ? 'from its name' : 'teamfit.dev/structure'})`, value: declared, evidence: [facts.team.ref],
    });
  }

  const ranked = (Object.entries(scores) as Array<[Scored, number]>).sort((a, b) => b[1] - a[1]);
  const [label, score] = ranked[0] ?? ['dev-only', 0];
  const base = { ...(declared ? { declared } : {}), signals };
  if (score < config.thresholds.minConfidence) {
    return { label: 'undetermined', confidence: round(score), reason: undeterminedReason(facts), ...base };
  }
  return { label, confidence: round(clamp(score, 0, 0.95)), reason: reasonFor(label, facts), ...base };
}

function undeterminedReason(facts: TeamFacts): string {
  const missing: string[] = [];
  if (facts.members.length === 0) missing.push('it has no members in the catalog');
  else if (facts.skills.unknown.length === facts.members.length) missing.push('no member declares a teamfit.dev/role');
  if (facts.owns.length === 0 && facts.operates.length === 0) missing.push('it owns and runs nothing');
  return `Too little evidence: ${missing.length > 0 ? missing.join('; ') : 'its signals disagree'}.`;
}

function reasonFor(label: Scored, facts: TeamFacts): string {
  switch (label) {
    case 'sre':
      return `Runs ${facts.operatesForOthers.length} system(s) or service(s) that other teams own, with ${facts.skills.ops.length} ops/SRE member(s).`;
    case 'cross-functional':
      return `Dev and ops skills in one team that runs the ${facts.ownedUnits.length} unit(s) it owns.`;
    case 'insourcing':
      return `${facts.dependentTeams.length} other teams depend on infrastructure it owns.`;
    case 'dev-only':
      return facts.handedOff.length > 0 ? `Builds ${facts.handedOff.length} unit(s) that another team runs.` : 'No member with ops skills.';
    case 'ops-only':
      return 'Ops skills only; it runs nothing for other teams and offers no infrastructure several teams depend on.';
  }
}
