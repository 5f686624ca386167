/**
 * `text` cut to at most `max` characters, ending in `…` when cut. A catalog string can be any length, and a
 * report with a size limit (a pull-request comment) must bound every piece it shows. Never splits a
 * surrogate pair.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
