import type { ViewData } from '../../html/view-types.js';

/** The report's data, embedded by the reporter as JSON (never as markup) and parsed once. */
export function readData(): ViewData {
  const element = document.getElementById('teamfit-data');
  if (!element?.textContent) throw new Error('teamfit: the report data is missing');
  return JSON.parse(element.textContent) as ViewData;
}

/** The component-level nodes and edges packed apart on a big organisation (src/report/html/data-script.ts), if any. */
export function packedDetails(): string | undefined {
  return document.getElementById('teamfit-data-gz')?.textContent ?? undefined;
}

/** The departments' teams and systems, packed apart on a big organisation with departments, if any. */
export function packedOrg(): string | undefined {
  return document.getElementById('teamfit-data-org-gz')?.textContent ?? undefined;
}

/** Unpacks packed data: one gzipped base64 chunk per line, joined into one JSON text. */
export async function unpack<T>(packed: string): Promise<T> {
  const parts = await Promise.all(packed.split('\n').filter((line) => line !== '').map(gunzip));
  return JSON.parse(parts.join('')) as T;
}

async function gunzip(base64: string): Promise<string> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

/** A new element with text content only: no string from the data is ever parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className !== undefined) element.className = className;
  return element;
}

export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`teamfit: #${id} is missing`);
  return element;
}
