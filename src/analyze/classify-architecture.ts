import type { ArchitectureLabel, ArchitectureVerdict, Signal } from '../result/index.js';
import type { Config } from '../config/schema.js';
import type { SystemFacts } from './system-facts.js';
import { clamp, round, signal } from './signal.js';
import { couplingSignals, independenceSignals } from './architecture-signals.js';
import { artifactSignals } from './artifact-signals.js';
import { couplingTotal, emptyScale, strongestFirst, total } from './evidence-scale.js';
import { holdInferred } from './inferred-verdict.js';

/**
 * Architecture of one system. One deployable unit is a monolith; several units are weighed: coupling
 * evidence (proof, declared structure, release conventions) against independence evidence on one scale
 * (weights in evidence-scale.ts, reasons in docs/model.md). Micro-monolith needs proof that outweighs
 * independence; release conventions alone never decide; the confidence is the margin.
 */
export function classifyArchitecture(facts: SystemFacts, config: Config): ArchitectureVerdict {
  const verdict = classifyDeclaredOrInferred(facts, config);
  return facts.system.inferred ? holdInferred(verdict, facts.system.inferred) : verdict;
}

function classifyDeclaredOrInferred(facts: SystemFacts, config: Config): ArchitectureVerdict {
  const declared = facts.system.declaredArchitecture;
  const units = facts.deployables.length;
  const threshold = config.thresholds.distributedUnits;
  const unitSignal = signal({
    id: 'deployable-units',
    description: `deployable components (${config.catalog.deployableTypes.join('/')}) in the system`,
    value: units,
    threshold,
    // Several units rule out a monolith but do not choose between the two distributed labels.
    pushes: units > 0 && units < threshold ? 'monolith' : 'none',
    weight: units === 0 ? 0 : 0.5,
    evidence: facts.deployables,
  });
  const verdict = (label: ArchitectureLabel, confidence: number, reason: string, signals: Signal[]): ArchitectureVerdict => ({
    label,
    confidence: round(clamp(confidence, 0, 1)),
    ...(declared ? { declared } : {}),
    reason,
    signals: [unitSignal, ...signals],
  });

  if (units === 0) {
    return verdict('undetermined', 0, 'No deployable component (service or website) is part of this system, so there is no unit to classify.', []);
  }
  if (units < threshold) {
    const owned = facts.unowned.length === 0;
    return verdict('monolith', owned ? 0.8 : 0.6, `One deployable unit carries the system${owned ? '' : ', though it has no resolvable owner'}.`, []);
  }

  const scale = emptyScale();
  const all = [
    ...couplingSignals(facts, config, scale),
    ...artifactSignals(facts.artifacts, facts.sharedData.length > 0, scale),
    ...independenceSignals(facts, config, scale),
  ];
  const { hard, structural, convention } = scale.coupling;
  const coupling = couplingTotal(scale);
  const independence = total(scale.independence);
  const couplingCount = hard.length + structural.length + convention.length;

  // One codebase and one team is one application run as several processes (web + worker sharing its
  // database is the common shape); its couplings confirm that rather than make it a micro-monolith.
  if (facts.sharedSourceLocation && facts.declaredOwnerTeams.length <= 1) {
    const source = signal({
      id: 'one-codebase',
      description: 'every deployable unit is built from the same source location',
      value: facts.sharedSourceLocation,
      pushes: 'monolith',
      weight: 0.4,
      evidence: facts.deployables,
    });
    return verdict('monolith', clamp(0.6 + 0.05 * (couplingCount + facts.contextData.length), 0.6, 0.8), `${units} deployable units built from one codebase by one team: one application run as several processes.`, [source, ...all]);
  }
  // A UI (SPA, static site, BFF) and the one backend it serves are one application, not two services.
  const backends = facts.deployables.filter((ref) => !facts.frontEnds.includes(ref));
  if (facts.frontEnds.length > 0 && backends.length === 1 && hard.length === 0 && servesOne(facts, backends[0] ?? '')) {
    const ui = signal({
      id: 'front-end-with-one-backend',
      description: 'web front ends (SPA, static site, BFF) and the backends they serve',
      value: `${facts.frontEnds.length} front end(s), 1 backend`,
      pushes: 'monolith',
      weight: 0.4,
      evidence: [...facts.frontEnds.map((ref) => `${ref} (front end)`), ...backends.map((ref) => `${ref} (backend)`)],
    });
    return verdict('monolith', 0.65, `A web front end and the one backend it serves (${backends.join('')}): one application with its UI.`, [ui, ...all]);
  }
  const against = scale.independence.length > 0 ? `; against it: ${strongestFirst(scale.independence).map((w) => w.reason).join(', ')}` : '';
  if (hard.length > 0 && coupling > independence) {
    const also = [...structural, ...convention];
    const confidence = 0.45 + (coupling - independence) / 4;
    return verdict(
      'micro-monolith',
      clamp(confidence, 0.45, 0.95),
      `${units} deployable units tightly coupled: ${strongestFirst(hard).map((w) => w.reason).join(', ')}${also.length > 0 ? `; also ${strongestFirst(also).map((w) => w.reason).join(', ')}` : ''}${against}.`,
      all,
    );
  }
  // Structure the catalog declares (dense, direct dependencies) may outweigh independence; release
  // conventions never do. Not in an inferred system: grouping by dependencies chose its components for
  // their links, so dense or direct dependencies among them say nothing new.
  if (hard.length === 0 && structural.length >= 2 && total(structural) > independence && !facts.system.inferred) {
    return verdict('micro-monolith', clamp(0.45 + (total(structural) - independence) / 4, 0.45, 0.6), `${units} deployable units with unclear boundaries: ${strongestFirst(structural).map((w) => w.reason).join(', ')}${against}.`, all);
  }
  if (scale.independence.length >= 2 && independence > coupling) {
    const confidence = 0.45 + (independence - coupling);
    if (confidence >= config.thresholds.minConfidence) {
      const despite = couplingCount > 0 ? `; outweighing ${strongestFirst([...hard, ...structural, ...convention]).map((w) => w.reason).join(', ')}` : '';
      return verdict('microservices', clamp(confidence, 0.4, 0.9), `${units} deployable units, loosely coupled: ${strongestFirst(scale.independence).map((w) => w.reason).join(', ')}${despite}.`, all);
    }
  }
  const onlyConventions = hard.length === 0 && structural.length === 0 && convention.length > 0;
  return verdict(
    'undetermined',
    0.2,
    onlyConventions
      ? `${units} deployable units whose only coupling evidence is release conventions (${convention.map((w) => w.reason).join(', ')}), which cannot decide alone, and too little evidence of independence: declare the resources and APIs each unit uses, or add git history.`
      : hard.length > 0
        ? `${units} deployable units with evidence both ways that does not settle it: coupled by ${strongestFirst(hard).map((w) => w.reason).join(', ')}${against}.`
        : `${units} deployable units, but too little evidence of how they are coupled: declare dependsOn, providesApis/consumesApis and the resources each uses, or add git history.`,
    all,
  );
}

/** Every front end calls the backend (or, nothing declared, they share their one owner): one application. */
function servesOne(facts: SystemFacts, backend: string): boolean {
  const calls = (front: string) => facts.internalEdges.some((edge) => edge.from === front && edge.to === backend);
  if (facts.frontEnds.every(calls)) return true;
  const owner = facts.unitOwner.get(backend);
  return facts.internalEdges.length === 0 && owner !== undefined && facts.frontEnds.every((front) => facts.unitOwner.get(front) === owner);
}
