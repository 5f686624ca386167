import type { ViewData } from '../../html/view-types.js';

/** The report's data, embedded by the reporter as JSON (never as markup) and parsed once. */
export function readData(): ViewData {
  const element = document.getElementById('teamfit-data');
  if (!element?.textContent) throw new Error('teamfit: the report data is missing');
  return JSON.parse(element.textContent) as ViewData;
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
