// The data the HTML report embeds for its browser code. Both sides import these types, so this file must
// stay free of Node imports: the client bundle is built from it too.

export type SeverityName = 'error' | 'warning' | 'info';
export type FitName = 'fits' | 'partial' | 'misfit' | 'no-fit' | 'unknown';

/** team: an owning group or person (a box); slice: the part of a system one team owns (a box inside it). */
export type NodeKind = 'team' | 'slice' | 'component' | 'resource' | 'api';

export interface ViewNode {
  id: string;
  kind: NodeKind;
  /** Short name shown on the canvas. */
  label: string;
  parent?: string;
  /** Position of leaf nodes, set by the layout of the one team or system drawn; boxes take their children's extent. */
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
  /** Where the entity is defined, as a link when the catalog gives an http(s) URL for it. */
  links?: ViewLink[];
  /** Per signal: what it measured and how much it weighed, for the confidence tooltip. */
  confidence?: string;
}

/** A labelled http(s) URL; the client renders it as a link, every other string stays text. */
export interface ViewLink {
  label: string;
  href: string;
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

/**
 * The organisation view: teams (boxes, or plain nodes on a big catalog) and the systems they own, with
 * component-level edges summed between them. `loose` stands for a team's components outside every system;
 * `department` for a group of teams (their parent group) on a catalog with many teams.
 */
export type OrgNodeKind = 'department' | 'team' | 'system' | 'loose';

export interface OrgNode {
  id: string;
  kind: OrgNodeKind;
  label: string;
  parent?: string;
  /** Centre, and for a team box its size: the page draws boxes as shapes behind their systems. */
  x?: number;
  y?: number;
  w?: number;
  h?: number;
  ref: string;
  /** The owning team (empty for a department). */
  team: string;
  system?: string;
  /** A team-level node: the department node it is drawn in when that department is opened. */
  department?: string;
  /** A department: its name (the group's title, else its name) and the ids of its teams. */
  name?: string;
  teams?: string[];
  /** System: its fit verdict; team: the worst fit among the systems it owns; department: the worst of its teams'. */
  fit?: FitName;
  severity?: SeverityName;
  /** Findings on this node and everything drawn inside it (components of a system or team). */
  findingCount: number;
  components: number;
}

/** dependency: catalog relations between components summed; coupling: measured couplings; operates: hand-offs. */
export type OrgEdgeKind = 'dependency' | 'coupling' | 'operates';

export interface OrgEdge {
  id: string;
  source: string;
  target: string;
  kind: OrgEdgeKind;
  /** How many component-level edges it stands for. */
  count: number;
  isCrossTeam: boolean;
  /** The first few component-level edges, in words. */
  evidence: string[];
}

export interface OrgView {
  /**
   * systems: team boxes with a node per system part; teams: one node per team (a catalog too big for boxes);
   * departments: one node per department, `inner` holding its teams (and their systems) for when it is opened.
   */
  mode: 'systems' | 'teams' | 'departments';
  nodes: OrgNode[];
  edges: OrgEdge[];
  /** With departments: the team-level view of every department (each laid out on its own), drawn one department at a time. */
  inner?: { mode: 'systems' | 'teams'; nodes: OrgNode[]; edges: OrgEdge[] };
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
  /** In-page anchor of the rule's documentation, when the page carries it. */
  docsAnchor?: string;
  location?: string;
  /** The team owning the subject (or the subject itself) and the system it belongs to: what filters select on. */
  team: string;
  system?: string;
  /** Against a baseline, when the result was compared with one. */
  baseline?: 'new' | 'unchanged';
  /** The root-cause group it belongs to (index into `ViewData.groups`). */
  group: number;
}

export interface ViewGroup {
  key: string;
  ruleId: string;
  severity: SeverityName;
  cause: string;
  count: number;
}

export interface ViewData {
  org: OrgView;
  nodes: ViewNode[];
  edges: ViewEdge[];
  findings: ViewFinding[];
  groups: ViewGroup[];
  systems: Array<{ ref: string; label: string }>;
  teams: Array<{ id: string; label: string }>;
  rules: string[];
  /** The result carries baseline marks: the page offers a "new since baseline" view. */
  hasBaseline: boolean;
  /** The organisation's Backstage, for links to each entity's page. */
  backstageUrl?: string;
}
