import type { ArchitectureLabel, ArchitectureVerdict, Signal } from '../result/index.js';
import type { Config } from '../config/schema.js';
import type { SystemFacts } from './system-facts.js';
import { clamp, round, signal } from './signal.js';
import { couplingSignals, independenceSignals } from './architecture-signals.js';
import { artifactSignals } from './artifact-signals.js';
import { holdInferred } from './inferred-verdict.js';

/**
 * Architecture of one system from catalog facts. One deployable unit is a monolith; several units are
 * microservices or a micro-monolith depending on how they are coupled. Hard couplings (a shared datastore,
 * a dependency cycle, ownership split with dependencies both ways) each suffice for micro-monolith; the
 * confidence grows with the number of independent signals that agree.
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

  const catalogCoupling = couplingSignals(facts, config);
  const artifacts = artifactSignals(facts.artifacts, facts.sharedData.length > 0);
  const coupling = {
    hard: [...catalogCoupling.hard, ...artifacts.hard],
    soft: [...catalogCoupling.soft, ...artifacts.soft],
  };
  const catalogIndependence = independenceSignals(facts, config);
  const independence = { count: catalogIndependence.count + artifacts.clear.length, reasons: [...catalogIndependence.reasons, ...artifacts.clear] };
  const all = [...catalogCoupling.signals, ...artifacts.signals, ...catalogIndependence.signals];
  const hard = coupling.hard.length;
  const soft = coupling.soft.length;
  const clear = independence.count;

  // One codebase and one team is one application run as several processes (web + worker sharing its
  // database is the common shape); its couplings confirm that rather than make it a micro-monolith.
  if (facts.sharedSourceLocation && facts.ownerTeams.length <= 1) {
    const source = signal({
      id: 'one-codebase',
      description: 'every deployable unit is built from the same source location',
      value: facts.sharedSourceLocation,
      pushes: 'monolith',
      weight: 0.4,
      evidence: facts.deployables,
    });
    return verdict('monolith', clamp(0.6 + 0.05 * (hard + soft), 0.6, 0.8), `${units} deployable units built from one codebase by one team: one application run as several processes.`, [source, ...all]);
  }
  if (hard > 0) {
    const confidence = 0.55 + 0.15 * (hard - 1) + 0.08 * soft - 0.05 * clear;
    return verdict('micro-monolith', clamp(confidence, 0.45, 0.95), `${units} deployable units tightly coupled: ${coupling.hard.join(', ')}.`, all);
  }
  // Soft couplings alone do not make an inferred system a micro-monolith: grouping by dependencies chose
  // its components for their links, so dense or direct dependencies among them say nothing new.
  if (soft >= 2 && soft > clear && !facts.system.inferred) {
    return verdict('micro-monolith', 0.45 + 0.05 * (soft - clear), `${units} deployable units with unclear boundaries: ${coupling.soft.join(', ')}.`, all);
  }
  if (clear >= 2) {
    const confidence = 0.45 + 0.1 * clear - 0.1 * soft;
    if (confidence >= config.thresholds.minConfidence) {
      return verdict('microservices', clamp(confidence, 0.4, 0.9), `${units} deployable units, loosely coupled: ${independence.reasons.join(', ')}.`, all);
    }
  }
  return verdict(
    'undetermined',
    0.2,
    `${units} deployable units, but too little evidence of how they are coupled: declare dependsOn, providesApis/consumesApis and the resources each uses, or add git history.`,
    all,
  );
}
