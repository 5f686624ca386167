import type { AnalysisResult, EntityRef, Finding, SystemResult, TeamResult, WhatIfResult } from '../result/index.js';
import type { PlanOutcome } from './apply-plan.js';
import { measureOrganisation } from './measures.js';

/** Before and after, side by side: what the plan changes in verdicts, findings and measures. */
export function compareResults(before: AnalysisResult, after: AnalysisResult, outcome: PlanOutcome, plan: { file: string; title?: string | undefined }): WhatIfResult {
  const history = new Map((after.history?.components ?? []).map((c) => [c.ref, c]));
  return {
    schemaVersion: '1.0',
    tool: after.tool,
    kind: 'what-if',
    inputs: after.inputs,
    plan: { file: plan.file, ...(plan.title !== undefined ? { title: plan.title } : {}), changes: outcome.applied },
    systems: sideBySide(before.systems, after.systems, systemSide),
    teams: sideBySide(before.teams, after.teams, teamSide),
    moves: [...outcome.ownerChanges].map(([ref, change]) => {
      const component = history.get(ref);
      // ownerShare after the plan is the share made by the new owner's members; the rest is knowledge elsewhere.
      const knowledgeLoss = component?.ownerShare !== undefined ? Math.round((1 - component.ownerShare) * 1000) / 1000 : null;
      return { ref, ...(change.from !== undefined ? { from: change.from } : {}), to: change.to, ...(component ? { revisions: component.revisions } : {}), knowledgeLoss };
    }),
    findings: compareFindings(before.findings, after.findings),
    measures: { before: measuredOnce(before), after: measuredOnce(after) },
  };
}

/**
 * A finding on the same subject by the same rule whose evidence changed (another team named, say) is one
 * finding that changed, not one that disappears and one that appears.
 */
function compareFindings(before: readonly Finding[], after: readonly Finding[]): WhatIfResult['findings'] {
  const key = (f: Finding) => `${f.ruleId}\u0000${f.subject}`;
  const afterByFingerprint = new Set(after.map((f) => f.fingerprint));
  const beforeByFingerprint = new Set(before.map((f) => f.fingerprint));
  const beforeByKey = new Map(before.filter((f) => !afterByFingerprint.has(f.fingerprint)).map((f) => [key(f), f]));
  const afterByKey = new Map(after.filter((f) => !beforeByFingerprint.has(f.fingerprint)).map((f) => [key(f), f]));
  const changed = [...afterByKey].flatMap(([k, now]) => {
    const old = beforeByKey.get(k);
    return old ? [{ ruleId: now.ruleId, subject: now.subject, severity: now.severity, before: old.message, after: now.message }] : [];
  });
  const changedKeys = new Set(changed.map((c) => `${c.ruleId}\u0000${c.subject}`));
  return {
    disappear: before.filter((f) => !afterByFingerprint.has(f.fingerprint) && !changedKeys.has(key(f))),
    appear: after.filter((f) => !beforeByFingerprint.has(f.fingerprint) && !changedKeys.has(key(f))),
    changed,
    unchanged: after.filter((f) => beforeByFingerprint.has(f.fingerprint)).length,
  };
}

function systemSide(system: SystemResult) {
  return { architecture: system.architecture.label, confidence: system.architecture.confidence, fit: system.fit.verdict, owners: system.owners };
}

function teamSide(team: TeamResult) {
  return { structure: team.structure.label, confidence: team.structure.confidence, members: team.members.length, owns: team.owns.length };
}

/** One row per ref in either list, in the before order then the new ones; `changed` when the sides differ. */
function sideBySide<T extends { ref: EntityRef; title?: string | undefined }, S>(before: readonly T[], after: readonly T[], side: (item: T) => S) {
  const afterByRef = new Map(after.map((item) => [item.ref, item]));
  const beforeByRef = new Map(before.map((item) => [item.ref, item]));
  const rows = [...before, ...after.filter((item) => !beforeByRef.has(item.ref))].map((item) => {
    const old = beforeByRef.get(item.ref);
    const now = afterByRef.get(item.ref);
    const title = now?.title ?? old?.title;
    const b = old ? side(old) : undefined;
    const a = now ? side(now) : undefined;
    return { ref: item.ref, ...(title !== undefined ? { title } : {}), ...(b ? { before: b } : {}), ...(a ? { after: a } : {}), changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
  return rows;
}

// Every suggestion compares with the same before: measure it once.
const measured = new WeakMap<AnalysisResult, ReturnType<typeof measureOrganisation>>();

function measuredOnce(result: AnalysisResult): ReturnType<typeof measureOrganisation> {
  const known = measured.get(result);
  if (known) return known;
  const measures = measureOrganisation(result);
  measured.set(result, measures);
  return measures;
}
