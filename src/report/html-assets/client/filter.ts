import type { SeverityName, ViewData, ViewFinding } from '../../html/view-types.js';
import type { ViewState } from './state.js';

const RANK: Record<SeverityName, number> = { error: 0, warning: 1, info: 2 };

/** Whether any filter narrows the view. */
export function isFiltered(state: ViewState): boolean {
  return state.team !== '' || state.system !== '' || state.rule !== '' || state.sev !== '' || state.group !== '' || state.isNew || state.q !== '';
}

/** Whether filters on findings (rule, severity, root cause, new) are set: then only places with a matching finding show. */
export function filtersFindings(state: ViewState): boolean {
  return state.rule !== '' || state.sev !== '' || state.group !== '' || state.isNew;
}

export function findingPasses(finding: ViewFinding, state: ViewState, data: ViewData): boolean {
  if (state.team !== '' && finding.team !== state.team) return false;
  if (state.system !== '' && finding.system !== state.system) return false;
  if (state.rule !== '' && finding.ruleId !== state.rule) return false;
  if (state.sev !== '' && RANK[finding.severity] > RANK[state.sev as SeverityName]) return false;
  if (state.isNew && finding.baseline !== 'new') return false;
  if (state.group !== '' && data.groups[finding.group]?.key !== state.group) return false;
  if (state.q !== '') {
    const text = `${finding.subject} ${finding.message} ${finding.ruleId} ${finding.team} ${finding.system ?? ''}`.toLowerCase();
    if (!text.includes(state.q.toLowerCase())) return false;
  }
  return true;
}
