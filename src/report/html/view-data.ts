import type { AnalysisResult } from '../../result/index.js';
import { groupFindings } from '../finding-groups.js';
import { buildEdges } from './edges.js';
import { indexFindings, scopeOf, toViewFinding } from './findings-view.js';
import { buildNodes } from './nodes.js';
import { teamDepartments } from './org-departments.js';
import { buildOrgView } from './org-view.js';
import { Relations, shortName } from './relations.js';
import type { ViewData } from './view-types.js';

export interface ViewDataOptions {
  /** The organisation's Backstage: each entity's page there is linked. */
  backstageUrl?: string | undefined;
  /** Rules whose documentation the page carries (anchors `rule-<id>`). */
  ruleDocs?: ReadonlySet<string>;
}

/** Everything the page's script needs, computed here so the browser only draws. */
export function buildViewData(result: AnalysisResult, options: ViewDataOptions = {}): ViewData {
  const relations = new Relations(result);
  const nodes = buildNodes(result, relations, indexFindings(result), options.backstageUrl);
  const edges = buildEdges(result, relations, new Map(nodes.map((node) => [node.id, node])));
  const groups = groupFindings(result.findings);
  const groupOf = new Map(groups.flatMap((group, index) => group.findings.map((finding) => [finding, index] as const)));
  const systemOwners = new Map(result.systems.map((system) => [system.ref, system.owners[0]]));
  const findings = result.findings.map((finding) =>
    toViewFinding(finding, scopeOf(finding.subject, relations, systemOwners), groupOf.get(finding) ?? -1, options.ruleDocs?.has(finding.ruleId) ? `rule-${finding.ruleId}` : undefined),
  );
  return {
    org: buildOrgView(result, nodes, edges, findings, teamDepartments(relations, nodes.filter((node) => node.kind === 'team'))),
    nodes,
    edges,
    findings,
    groups: groups.map(({ key, ruleId, severity, cause, count }) => ({ key, ruleId, severity, cause, count })),
    systems: result.systems.map((system) => ({ ref: system.ref, label: shortName(system.ref) })),
    teams: nodes.filter((node) => node.kind === 'team').map((node) => ({ id: node.id, label: node.label })),
    rules: [...new Set(result.findings.map((finding) => finding.ruleId))].sort(),
    hasBaseline: result.baseline !== undefined || result.findings.some((finding) => finding.baseline !== undefined),
    ...(options.backstageUrl === undefined ? {} : { backstageUrl: options.backstageUrl }),
  };
}
