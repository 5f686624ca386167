import { sanitizeForTerminal } from './sanitize.js';

// Characters XML 1.0 does not allow at all, even escaped (lone surrogates included, thanks to the u flag).
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Text content: markup characters escaped, control sequences and characters XML forbids dropped. */
export function xmlText(text: string): string {
  return clean(text).replace(/[&<>]/g, (char) => TEXT[char] ?? char);
}

/** An attribute value in double quotes; line breaks and tabs as character references, so parsers keep them. */
export function xmlAttribute(text: string): string {
  return clean(text).replace(/[&<>"'\n\r\t]/g, (char) => TEXT[char] ?? char);
}

function clean(text: string): string {
  return sanitizeForTerminal(text).replace(NOT_XML, '');
}

/** `<name a="1" b="x">`, attributes escaped, those undefined left out. */
export function openTag(name: string, attributes: Record<string, string | number | undefined>, isEmpty = false): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${xmlAttribute(String(value))}"`)
    .join('');
  return `<${name}${attrs}${isEmpty ? '/>' : '>'}`;
}
