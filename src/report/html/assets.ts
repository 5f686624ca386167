import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The page's bundled script (client code with cytoscape) and stylesheet, built by scripts/build-html-assets.mjs. */
export interface HtmlAssets {
  script: string;
  style: string;
  /** Rule id -> its docs/rules page (Markdown), shown inside the page. */
  ruleDocs?: Record<string, string>;
  /** Absolute URL of the package's docs/ parent (from package.json repository or homepage), when it has one. */
  docsBase?: string;
}

// This file sits three folders below the package root both as src/report/html/assets.ts (tests) and as
// dist/report/html/assets.js (built or installed), so one relative URL finds dist/ from either.
const ASSETS = new URL('../../../dist/html-assets/assets.json', import.meta.url);

let cached: Promise<HtmlAssets> | undefined;

export function loadHtmlAssets(): Promise<HtmlAssets> {
  cached ??= read();
  return cached;
}

async function read(): Promise<HtmlAssets> {
  let text: string;
  try {
    text = await readFile(ASSETS, 'utf8');
  } catch {
    cached = undefined;
    throw new Error(`the HTML report's assets are missing (${fileURLToPath(ASSETS)}); run npm run build`);
  }
  const parsed: unknown = JSON.parse(text);
  if (!isAssets(parsed)) throw new Error(`the HTML report's assets are malformed (${fileURLToPath(ASSETS)}); run npm run build`);
  return parsed;
}

function isAssets(value: unknown): value is HtmlAssets {
  if (typeof value !== 'object' || value === null) return false;
  if (!('script' in value && 'style' in value && typeof value.script === 'string' && typeof value.style === 'string')) return false;
  if ('docsBase' in value && typeof value.docsBase !== 'string') return false;
  return !('ruleDocs' in value) || (typeof value.ruleDocs === 'object' && value.ruleDocs !== null && Object.values(value.ruleDocs).every((doc) => typeof doc === 'string'));
}
