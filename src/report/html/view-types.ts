// The data the HTML report embeds for its browser code. Both sides import these types, so this file must
// stay free of Node imports: the client bundle is built from it too.

export type SeverityName = 'error' | 'warning' | 'info';

/** team: an owning group or person (a box); slice: the part of a system one team owns (a box inside it). */
export type NodeKind = 'team' | 'slice' | 'component' | 'resource' | 'api';

export interface ViewNode {
  id: string;
  kind: NodeKind;
  /** Short name shown on the canvas. */
  label: string;
  parent?: string;
  /** Preset position of leaf nodes; boxes take the extent of their children. */
  x?: number;
  y?: number;
  /** The entity ref this node stands for (a slice stands for its system). */
  ref: string;
  /** Owning team box id, and system ref when the node belongs to one: what the filters select on. */
  team: string;
  system?: string;
  /** Highest severity among findings on this node's ref. */
  severity?: SeverityName;
  /** Indexes into `ViewData.findings`: findings whose subject this is. */
  findings: number[];
  /** Findings whose evidence names this node without it being the subject. */
  mentions: number[];
  /** Label/value rows for the details panel. */
  details: Array<[string, string]>;
}

/** dependsOn/consumesApi/providesApi are catalog relations; operates is a hand-off; coupling is measured. */
export type EdgeKind = 'dependsOn' | 'consumesApi' | 'providesApi' | 'operates' | 'coupling';

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** Source and target belong to different teams. */
  isCrossTeam: boolean;
  /** 1 for a plain relation; coupling strength (number of couplings naming the pair, or git degree). */
  weight: number;
  /** Where the edge comes from, in words a reader can check. */
  evidence: string[];
}

export interface ViewFinding {
  ruleId: string;
  title: string;
  severity: SeverityName;
  subject: string;
  message: string;
  recommendation: string;
  evidence: string;
  docsUrl: string;
  location?: string;
}

export interface ViewData {
  nodes: ViewNode[];
  edges: ViewEdge[];
  findings: ViewFinding[];
  systems: Array<{ ref: string; label: string }>;
  teams: Array<{ id: string; label: string }>;
}
