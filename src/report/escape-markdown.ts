import { sanitizeForTerminal } from './sanitize.js';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escape a catalog string for inline use in GitHub-flavoured Markdown (list items and table cells):
 * no markup, links, HTML or table breaks can come from the input. Newlines become `<br>` so a value
 * stays in its cell or list item; control characters are dropped because reports are also read in
 * terminals.
 */
export function escapeMarkdown(text: string): string {
  return sanitizeForTerminal(text)
    .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    // Block syntax only matters at the start of the value: headings, list markers, ordered-list numbers.
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/\n/g, '<br>');
}
