import { jsonPieces } from '../json-pieces.js';
import { sanitizeForTerminal } from '../sanitize.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values: nothing in it can open a tag or an attribute. */
export function escapeHtml(text: string): string {
  return sanitizeForTerminal(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * JSON to embed in `<script type="application/json">`: `<` is written as \u003c so no `</script>` or `<!--`
 * in the data can end the element; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return escapeForScript(JSON.stringify(value));
}

/** {@link jsonForScript} in pieces that join to it: the data of a big organisation passes V8's string limit. */
export function* jsonForScriptPieces(value: unknown): Generator<string> {
  // Each escape replaces one character, so escaping piece by piece equals escaping the joined text.
  for (const piece of jsonPieces(value)) yield escapeForScript(piece);
}

function escapeForScript(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** An href only for http(s) links; anything else (relative paths, javascript:) is shown as text instead. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
