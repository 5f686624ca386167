/** What the layout reads and writes: a node, the box it sits in, its place. */
export interface LayoutNode {
  id: string;
  parent?: string;
  x?: number;
  y?: number;
  /** Boxes: their size, so a page can draw them as plain shapes behind their contents. */
  w?: number;
  h?: number;
}

const CELL_W = 170;
const CELL_H = 64;
// Room for a box's padding and its label above the content.
const BOX_PAD = 26;
const BOX_LABEL = 30;
const GAP = 34;

interface Size { w: number; h: number }
interface Block extends Size { place: (x: number, y: number) => void }

/**
 * Positions in linear time (plus sorting): leaves on a grid inside their system box, system boxes
 * packed on shelves inside their team box, team boxes packed on shelves across the page. Force-directed
 * layouts are quadratic per iteration and freeze the page on a big organisation; this stays instant.
 */
export function layoutNodes(nodes: LayoutNode[]): void {
  const children = new Map<string, LayoutNode[]>();
  for (const node of nodes) {
    if (node.parent === undefined) continue;
    const list = children.get(node.parent);
    if (list) list.push(node);
    else children.set(node.parent, [node]);
  }
  const blockOf = (node: LayoutNode): Block => {
    const kids = children.get(node.id) ?? [];
    if (kids.length === 0) return leaf(node);
    const leaves = kids.filter((kid) => !children.has(kid.id));
    const boxes = kids.filter((kid) => children.has(kid.id)).map(blockOf);
    const inner = leaves.length > 0 ? [grid(leaves), ...boxes] : boxes;
    return boxed(shelves(inner), node);
  };
  const roots = nodes.filter((node) => node.parent === undefined).map(blockOf);
  shelves(roots, 1.6).place(0, 0);
}

function leaf(node: LayoutNode): Block {
  return {
    w: CELL_W,
    h: CELL_H,
    place: (x, y) => {
      node.x = Math.round(x + CELL_W / 2);
      node.y = Math.round(y + CELL_H / 2);
    },
  };
}

function grid(leaves: LayoutNode[]): Block {
  const columns = Math.max(1, Math.ceil(Math.sqrt(leaves.length * 0.8)));
  const rows = Math.ceil(leaves.length / columns);
  return {
    w: columns * CELL_W,
    h: rows * CELL_H,
    place: (x, y) =>
      leaves.forEach((node, i) => {
        node.x = Math.round(x + (i % columns) * CELL_W + CELL_W / 2);
        node.y = Math.round(y + Math.floor(i / columns) * CELL_H + CELL_H / 2);
      }),
  };
}

function boxed(inner: Block, node: LayoutNode): Block {
  const w = inner.w + 2 * BOX_PAD;
  const h = inner.h + 2 * BOX_PAD + BOX_LABEL;
  return {
    w,
    h,
    place: (x, y) => {
      // The box's own frame sits below its label.
      node.x = Math.round(x + w / 2);
      node.y = Math.round(y + BOX_LABEL + (h - BOX_LABEL) / 2);
      node.w = Math.round(w);
      node.h = Math.round(h - BOX_LABEL);
      inner.place(x + BOX_PAD, y + BOX_PAD + BOX_LABEL);
    },
  };
}

/** Blocks in rows no wider than a square's side (times `aspect`), tallest first so rows pack tightly. */
function shelves(blocks: Block[], aspect = 1.2): Block {
  const sorted = [...blocks].sort((a, b) => b.h - a.h);
  const area = sorted.reduce((sum, block) => sum + (block.w + GAP) * (block.h + GAP), 0);
  const widest = sorted.reduce((max, block) => Math.max(max, block.w), 0);
  const limit = Math.max(widest, Math.sqrt(area) * aspect);
  const placed: Array<{ block: Block; x: number; y: number }> = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const block of sorted) {
    if (x > 0 && x + block.w > limit) {
      y += rowHeight + GAP;
      x = 0;
      rowHeight = 0;
    }
    placed.push({ block, x, y });
    x += block.w + GAP;
    rowHeight = Math.max(rowHeight, block.h);
    width = Math.max(width, x - GAP);
  }
  return { w: width, h: y + rowHeight, place: (ox, oy) => placed.forEach((item) => item.block.place(ox + item.x, oy + item.y)) };
}
