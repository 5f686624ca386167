import type { Finding } from '../result/index.js';
import type { FindingGroup } from './finding-groups.js';

/**
 * Findings for a viewer that shows only the first few (GitHub shows 10 annotations of a kind per step): one
 * finding of each cause first, in group order, then the rest, so the ones seen cover the most causes.
 */
export function oneOfEachCauseFirst(groups: readonly FindingGroup[]): Array<{ finding: Finding; group: FindingGroup }> {
  const first = groups.flatMap((group) => group.findings.slice(0, 1).map((finding) => ({ finding, group })));
  const rest = groups.flatMap((group) => group.findings.slice(1).map((finding) => ({ finding, group })));
  return [...first, ...rest];
}

/** Where a finding is best shown: the field that causes it, else its entity. */
export function placeOf(finding: Finding): { file: string; line: number; column: number } | undefined {
  return finding.field ?? finding.location;
}
