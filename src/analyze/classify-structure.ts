import type { Signal, StructureVerdict } from '../result/index.js';
import type { Config } from '../config/schema.js';
import type { TeamFacts } from './team-facts.js';
import { clamp, pushedSignal, round } from './signal.js';
import { evidenceCount, reasonFor, undeterminedReason } from './structure-reason.js';
import { skillSignals, workSignal, type Push, type Scored } from './structure-work-signals.js';


const DECLARED_LABEL: Record<string, Scored | undefined> = { sre: 'sre', 'cross-functional': 'cross-functional', insourcing: 'insourcing', dev: 'dev-only', ops: 'ops-only' };
/** A declaration weighs what its source is worth: the organisation's word more than a word in a name. */
const DECLARATION_WEIGHT = { annotation: 0.15, config: 0.15, name: 0.1, description: 0.05 } as const;

/**
 * Structure of one team from who is in it (roles), the work done on what it owns, what it owns and runs
 * and who depends on it. Each signal adds its weight to the label it supports; the best-supported label
 * wins, and its summed weight is the confidence. A declaration counts as one more signal, never as the
 * verdict by itself; no label stands on less evidence than `thresholds.minTeamEvidence`.
 */
export function classifyStructure(facts: TeamFacts, config: Config): StructureVerdict {
  const scores: Record<Scored, number> = { sre: 0, 'cross-functional': 0, insourcing: 0, 'dev-only': 0, 'ops-only': 0 };
  const signals: Signal[] = [];
  const push: Push = (label, weight, input) => {
    if (label !== 'none') scores[label] += weight;
    signals.push(pushedSignal(input, label, label === 'none' ? 0 : weight));
  };
  const { floor, skills } = skillSignals(facts, config, push);
  const opsOnly = skills.known > 0 && skills.dev === 0 && skills.ops > 0;
  const minTeams = config.thresholds.insourcingDependentTeams;
  const platformOnly = facts.dependentTeams.length >= minTeams && facts.dependents.productUnits.length === 0;
  const runsOwn = facts.ownedUnits.length > facts.handedOff.length || facts.sharedInfrastructure.length > 0;
  // Who runs what it owns decides where evidence of running pushes: a platform, a product team, an ops team.
  const runs: Scored | 'none' = platformOnly ? 'insourcing' : runsOwn ? (opsOnly ? 'ops-only' : 'cross-functional') : facts.operatesForOthers.length > 0 ? 'sre' : 'none';

  push('none', 0, { id: 'owns', description: `entities it owns (${facts.ownedUnits.length} deployable, ${facts.sharedInfrastructure.length} infrastructure)`, value: facts.owns.length, evidence: facts.owns });
  push(facts.operatesForOthers.length > 0 ? 'sre' : 'none', 0.4, {
    id: 'operates-for-others', description: 'systems or services it runs that other teams own', value: facts.operatesForOthers.length, threshold: 1, evidence: facts.operatesForOthers,
  });
  const opsWork = workSignal(facts, config, runs, push);
  const { onCall, runtime, infrastructure } = facts.runtime;
  push(onCall.length > 0 ? runs : 'none', 0.2, { id: 'on-call', description: 'it, or what it runs, carries a pager (on-call annotations): it runs what it owns', value: onCall.length, threshold: 1, evidence: onCall });
  push(runtime.length > 0 ? runs : 'none', 0.1, { id: 'runtime-annotations', description: 'it, or what it runs, has runtime or monitoring annotations (Kubernetes, Grafana, Datadog, Prometheus)', value: runtime.length, threshold: 1, evidence: runtime });
  push(infrastructure.length > 0 ? runs : 'none', 0.1, { id: 'owns-infrastructure', description: 'infrastructure it owns (operators, charts, Terraform, clusters, pipelines: by spec.type or tag)', value: infrastructure.length, threshold: 1, evidence: infrastructure });

  // Running what it builds makes a team cross-functional only if someone in it builds: an ops-only team
  // running its own units is an operations team that owns software (the DevOps-team-as-owner case), and a
  // platform that runs what it builds for others stays a platform.
  const ranByEvidence = skills.ops > 0 || onCall.length > 0 || opsWork;
  const runsWeight = ranByEvidence ? 0.3 : runtime.length > 0 ? 0.2 : 0.15;
  push(runsOwn && !opsOnly && facts.ownedUnits.length > facts.handedOff.length ? (platformOnly ? 'insourcing' : 'cross-functional') : 'none', platformOnly ? 0.15 : runsWeight, {
    id: 'runs-what-it-builds',
    description: `deployable units it owns and also runs (${ranByEvidence ? 'ops skills, ops work, a pager or a declared operator show it' : runtime.length > 0 ? 'runtime annotations show it' : 'by default: an owner runs what nobody else is declared to run'})`,
    value: facts.ownedUnits.length - facts.handedOff.length, threshold: facts.ownedUnits.length, evidence: facts.ownedUnits,
  });
  push(facts.handedOff.length > 0 ? 'dev-only' : 'none', 0.35, { id: 'handed-off', description: 'deployable units it owns that another team runs', value: facts.handedOff.length, threshold: 1, evidence: facts.handedOff });

  // More teams leaning on it make the insourcing reading stronger, up to a cap. Teams using its services or
  // APIs make it a platform only when it has no product of its own; its infrastructure always does.
  const insourcingWeight = Math.min(0.65, 0.45 + 0.05 * facts.dependentTeams.length);
  const isPlatform = facts.dependents.throughInfrastructure.length >= minTeams || platformOnly;
  push(isPlatform ? 'insourcing' : 'none', insourcingWeight, {
    id: 'dependent-teams', description: `other teams whose components use its infrastructure, APIs or services (${facts.dependents.productUnits.length} unit(s) of its own product)`, value: facts.dependentTeams.length, threshold: minTeams, evidence: facts.dependents.used,
  });
  const servesNobody = facts.operatesForOthers.length === 0 && facts.dependentTeams.length < minTeams;
  if (opsOnly) push(servesNobody ? 'ops-only' : 'none', 0.25, { id: 'serves-nobody', description: 'runs nothing for other teams and offers nothing several teams depend on', value: servesNobody, evidence: facts.owns });

  const declared = facts.declaration;
  const declaredLabel = declared ? DECLARED_LABEL[declared.structure] : undefined;
  if (declared) {
    const how = { annotation: 'teamfit.dev/structure', config: `config teams: ${declared.from}`, name: `from its name: "${declared.from}"`, description: `from its description: "${declared.from}"` }[declared.source];
    push(declaredLabel ?? 'none', DECLARATION_WEIGHT[declared.source], { id: 'declared-structure', description: `declared structure (${how})`, value: declared.structure, evidence: [facts.team.ref], ...(declared.source === 'config' ? { source: 'config' as const } : {}) });
  }

  const ranked = (Object.entries(scores) as Array<[Scored, number]>).sort((a, b) => b[1] - a[1]);
  const [label, score] = ranked[0] ?? ['dev-only', 0];
  // A word in a description ("the SRE team runs it") is a weak signal, not something the team declared.
  const base = { ...(declared && declared.source !== 'description' ? { declared: declared.structure } : {}), signals };
  const evidence = evidenceCount(facts, skills.known);
  if (score < config.thresholds.minConfidence || evidence < floor) {
    return { label: 'undetermined', confidence: round(Math.min(score, config.thresholds.minConfidence - 0.01)), reason: undeterminedReason(facts, config, { evidence, skillsKnown: skills.known, belowFloor: score >= config.thresholds.minConfidence }), ...base };
  }
  return { label, confidence: round(clamp(score, 0, 0.95)), reason: reasonFor(label, facts, signals), ...base };
}

