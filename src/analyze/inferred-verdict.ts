import type { ArchitectureVerdict, InferredSystem } from '../result/index.js';
import { signal } from './signal.js';

/**
 * Highest confidence of a verdict on an inferred system. The grouping is teamfit's guess, so no verdict
 * on it can be as sure as one on a System the organisation declared; a lone component is held lower still,
 * since it may be one service of a larger system the catalog does not describe.
 */
export const INFERRED_CONFIDENCE = { grouped: 0.6, lone: 0.5 } as const;

const HOW: Readonly<Record<InferredSystem['how'], string>> = {
  domain: 'its components share a Domain through their APIs or resources',
  repository: 'its components are built from one repository',
  dependencies: 'its components depend on each other and have one owner',
  component: 'one deployable component that declares no System and shares nothing with others',
};

/** Caps the confidence, says why in the reason, and adds the grouping as a signal a reader can check. */
export function holdInferred(verdict: ArchitectureVerdict, inferred: InferredSystem): ArchitectureVerdict {
  const cap = inferred.how === 'component' ? INFERRED_CONFIDENCE.lone : INFERRED_CONFIDENCE.grouped;
  const capped = verdict.confidence > cap;
  const grouping = signal({
    id: 'inferred-system',
    description: `the catalog declares no System here; teamfit grouped it (${HOW[inferred.how]})`,
    value: inferred.how,
    threshold: cap,
    pushes: 'none',
    weight: 0,
    evidence: [inferred.basis],
  });
  const note = ` Inferred system (${inferred.how}: ${inferred.basis})${capped ? `: confidence held at ${Math.round(cap * 100)}%` : ''}; declare a System to be sure.`;
  return { ...verdict, confidence: Math.min(verdict.confidence, cap), reason: `${verdict.reason}${note}`, signals: [...verdict.signals, grouping] };
}
