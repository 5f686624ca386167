import type { SeverityName } from '../../html/view-types.js';

const MARKER = { error: '!! ', warning: '! ', info: 'i ' } as const;
// Cut here rather than with cytoscape's text-wrap: ellipsis, which measures every label and slows start-up.
const MAX_LABEL = { leaf: 24, box: 48 };

/** A node's canvas label: the finding marker (so severity never rests on colour alone), cut to fit. */
export function nodeLabel(label: string, kind: string, severity: SeverityName | undefined): string {
  const text = severity ? `${MARKER[severity]}${label}` : label;
  const max = kind === 'component' || kind === 'resource' || kind === 'api' ? MAX_LABEL.leaf : MAX_LABEL.box;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Edge width grows with the log of how many edges it stands for: 1 is thin, 100 is thick, nothing is a wall. */
export function edgeWidth(count: number): number {
  return Math.min(1 + Math.log2(1 + count) * 1.5, 10);
}
