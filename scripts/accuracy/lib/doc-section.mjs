import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces one generated section of a Markdown file, between `<!-- accuracy:NAME:start -->` and
 * `<!-- accuracy:NAME:end -->`, leaving the rest (hand-written text, the other script's section) alone.
 * A missing section is appended.
 */
export function writeSection(file, name, body) {
  const start = `<!-- accuracy:${name}:start -->`;
  const end = `<!-- accuracy:${name}:end -->`;
  const block = `${start}\n${body.trimEnd()}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from
    ? text.slice(0, from) + block + text.slice(to + end.length)
    : `${text.trimEnd()}${text.trim() === '' ? '' : '\n\n'}${block}\n`;
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`, 'utf8');
}
