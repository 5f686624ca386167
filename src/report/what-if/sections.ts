import type { Finding, OrgMeasures, WhatIfResult } from '../../result/index.js';

/** One table of the what-if report, as plain strings: terminal, Markdown and HTML each lay it out. */
export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
  /** Shown when there are no rows. */
  empty: string;
}

const pct = (value: number | null | undefined) => (value === null || value === undefined ? '-' : `${Math.round(value * 100)}%`);
const arrow = (before: string, after: string) => (before === after ? before : `${before} -> ${after}`);

/** The report's tables, in reading order: measures first (the headline), then verdicts, moves, findings. */
export function whatIfTables(result: WhatIfResult): Table[] {
  const { before, after } = result.measures;
  return [
    { title: 'Measures', headers: ['measure', 'before', 'after'], rows: measureRows(before, after), empty: '' },
    {
      title: 'Systems that change',
      headers: ['system', 'architecture', 'fit', 'owners'],
      rows: result.systems.filter((s) => s.changed).map((s) => [
        s.title ?? s.ref,
        arrow(s.before ? `${s.before.architecture} ${pct(s.before.confidence)}` : '(none)', s.after ? `${s.after.architecture} ${pct(s.after.confidence)}` : '(none)'),
        arrow(s.before?.fit ?? '(none)', s.after?.fit ?? '(none)'),
        arrow(s.before?.owners.join(', ') ?? '', s.after?.owners.join(', ') ?? ''),
      ]),
      empty: 'No system changes its architecture, fit or owners.',
    },
    {
      title: 'Teams that change',
      headers: ['team', 'structure', 'members', 'owns'],
      rows: result.teams.filter((t) => t.changed).map((t) => [
        t.title ?? t.ref,
        arrow(t.before ? `${t.before.structure} ${pct(t.before.confidence)}` : '(none)', t.after ? `${t.after.structure} ${pct(t.after.confidence)}` : '(none)'),
        arrow(String(t.before?.members ?? '-'), String(t.after?.members ?? '-')),
        arrow(String(t.before?.owns ?? '-'), String(t.after?.owns ?? '-')),
      ]),
      empty: 'No team changes its structure, members or what it owns.',
    },
    {
      title: 'Ownership moves',
      headers: ['entity', 'from', 'to', 'revisions', 'knowledge outside the new team'],
      rows: result.moves.map((m) => [m.ref, m.from ?? '(none)', m.to, m.revisions === undefined ? '-' : String(m.revisions), pct(m.knowledgeLoss)]),
      empty: 'No owner changes.',
    },
    { title: 'Findings that disappear', headers: ['rule', 'severity', 'subject', 'message'], rows: result.findings.disappear.map(findingRow), empty: 'None.' },
    { title: 'Findings that appear', headers: ['rule', 'severity', 'subject', 'message'], rows: result.findings.appear.map(findingRow), empty: 'None.' },
    { title: 'Findings that change', headers: ['rule', 'severity', 'subject', 'after'], rows: result.findings.changed.map((c) => [c.ruleId, c.severity, c.subject, c.after]), empty: 'None.' },
  ];
}

function findingRow(finding: Finding): string[] {
  return [finding.ruleId, finding.severity, finding.subject, finding.message];
}

function measureRows(before: OrgMeasures, after: OrgMeasures): string[][] {
  const rows: string[][] = [
    ['cross-team dependencies', `${before.dependencies.crossTeam}/${before.dependencies.total} (${pct(before.dependencies.share)})`, `${after.dependencies.crossTeam}/${after.dependencies.total} (${pct(after.dependencies.share)})`],
  ];
  if (before.coChange && after.coChange) rows.push(['cross-team co-change', `${before.coChange.crossTeam}/${before.coChange.pairs} (${pct(before.coChange.share)})`, `${after.coChange.crossTeam}/${after.coChange.pairs} (${pct(after.coChange.share)})`]);
  rows.push(
    ['ownership congruence (work dependencies inside one team)', pct(before.ownershipCongruence), pct(after.ownershipCongruence)],
    [`coordination congruence (${after.coordination.basis})`, pct(before.coordination.congruence), pct(after.coordination.congruence)],
    ['top coordination pair', pairText(before), pairText(after)],
    ['teams', String(before.teams.count), String(after.teams.count)],
    ['team size min-max (variation)', sizeText(before), sizeText(after)],
    ['most units per member', loadText(before), loadText(after)],
  );
  return rows;
}

function pairText(measures: OrgMeasures): string {
  const top = measures.coordination.pairs[0];
  return top ? `${top.a} <-> ${top.b} (${pct(top.share)})` : '-';
}

function sizeText(measures: OrgMeasures): string {
  const { min, max, variation } = measures.teams.size;
  return `${min}-${max} (${variation})`;
}

function loadText(measures: OrgMeasures): string {
  const top = [...measures.teams.load].filter((l) => l.perMember !== null).sort((a, b) => (b.perMember ?? 0) - (a.perMember ?? 0))[0];
  return top ? `${top.perMember} (${top.team})` : '-';
}
