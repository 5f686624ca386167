import { escapeHtml as h, safeHref } from './escape-html.js';

/**
 * The Markdown of teamfit's own rule pages as HTML, for reading them inside the report (which may not load
 * anything). It knows the subset those pages use: headings, paragraphs, lists, tables, block quotes,
 * fenced code, inline code, bold and links. Everything is escaped; only http(s) links become links.
 */
export function markdownToHtml(markdown: string, headingOffset = 0): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) {
      const code: string[] = [];
      for (i += 1; i < lines.length && !(lines[i] ?? '').startsWith('```'); i += 1) code.push(lines[i] ?? '');
      i += 1;
      out.push(`<pre><code>${h(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      const level = Math.min(6, (heading[1]?.length ?? 1) + headingOffset);
      out.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
      i += 1;
      continue;
    }
    if (line.trim() === '') {
      i += 1;
      continue;
    }
    const block: string[] = [];
    const kind = blockKind(line);
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && !(lines[i] ?? '').startsWith('```') && !/^#{1,6} /.test(lines[i] ?? '') && (block.length === 0 || continues(kind, lines[i] ?? ''))) {
      block.push(lines[i] ?? '');
      i += 1;
    }
    out.push(renderBlock(kind, block));
  }
  return out.join('\n');
}

type BlockKind = 'table' | 'ul' | 'ol' | 'quote' | 'p';

function blockKind(line: string): BlockKind {
  if (line.startsWith('|')) return 'table';
  if (/^\s*[-*] /.test(line)) return 'ul';
  if (/^\s*\d+\. /.test(line)) return 'ol';
  if (line.startsWith('>')) return 'quote';
  return 'p';
}

function continues(kind: BlockKind, line: string): boolean {
  if (kind === 'table') return line.startsWith('|');
  if (kind === 'quote') return line.startsWith('>');
  if (kind === 'p') return blockKind(line) === 'p';
  return true;
}

function renderBlock(kind: BlockKind, block: string[]): string {
  switch (kind) {
    case 'table': {
      const rows = block.filter((row) => !/^\|[\s|:-]+\|?$/.test(row)).map((row) => row.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()));
      const [head = [], ...body] = rows;
      return `<table><thead><tr>${head.map((cell) => `<th>${inline(cell)}</th>`).join('')}</tr></thead><tbody>${body.map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    }
    case 'ul':
    case 'ol': {
      const items: string[] = [];
      for (const line of block) {
        if (/^\s*([-*]|\d+\.) /.test(line)) items.push(line.replace(/^\s*([-*]|\d+\.) /, ''));
        else items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.trim()}`;
      }
      return `<${kind}>${items.map((item) => `<li>${inline(item)}</li>`).join('')}</${kind}>`;
    }
    case 'quote':
      return `<blockquote>${inline(block.map((line) => line.replace(/^>\s?/, '')).join(' '))}</blockquote>`;
    case 'p':
      return `<p>${inline(block.join(' '))}</p>`;
  }
}

/** Inline code first (its content stays literal), then bold and links in the text between. */
function inline(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length >= 2 ? `<code>${h(part.slice(1, -1))}</code>` : prose(part)))
    .join('');
}

function prose(text: string): string {
  return h(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_match, label: string, url: string) => {
      const href = safeHref(url.replace(/&amp;/g, '&'));
      return href === undefined ? label : `<a href="${h(href)}" rel="noreferrer">${label}</a>`;
    });
}
