/** A Markdown table; cells are escaped so that a `|` or a newline in a value cannot break the row. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const cell = (value) => String(value ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ');

export const percent = (part, whole) => (whole === 0 ? 'n/a' : `${Math.round((100 * part) / whole)}%`);

export const code = (text) => `\`${text}\``;
