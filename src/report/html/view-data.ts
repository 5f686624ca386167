import type { AnalysisResult } from '../../result/index.js';
import { buildEdges } from './edges.js';
import { indexFindings, toViewFinding } from './findings-view.js';
import { layoutNodes } from './layout.js';
import { buildNodes } from './nodes.js';
import { Relations, shortName } from './relations.js';
import type { ViewData } from './view-types.js';

/** Everything the page's script needs, computed here so the browser only draws. */
export function buildViewData(result: AnalysisResult): ViewData {
  const relations = new Relations(result);
  const nodes = buildNodes(result, relations, indexFindings(result));
  layoutNodes(nodes);
  const edges = buildEdges(result, relations, new Map(nodes.map((node) => [node.id, node])));
  return {
    nodes,
    edges,
    findings: result.findings.map(toViewFinding),
    systems: result.systems.map((system) => ({ ref: system.ref, label: shortName(system.ref) })),
    teams: nodes.filter((node) => node.kind === 'team').map((node) => ({ id: node.id, label: node.label })),
  };
}
