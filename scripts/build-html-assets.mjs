// Bundle the HTML report's browser code (with cytoscape) into one IIFE and minify its stylesheet; write both
// to dist/html-assets/assets.json, which the reporter inlines into every page it renders.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}src/report/html-assets/`;

const common = { bundle: true, minify: true, write: false, legalComments: 'eof', logLevel: 'warning' };
const [script, style] = await Promise.all([
  build({ ...common, entryPoints: [`${source}client/main.ts`], format: 'iife', target: 'es2020', platform: 'browser' }),
  build({ ...common, entryPoints: [`${source}style.css`], loader: { '.css': 'css' } }),
]);
const text = (result) => result.outputFiles.map((file) => file.text).join('\n');
const assets = { script: text(script), style: text(style) };

// Inlined as-is, so neither may contain the end of its own element.
if (/<\/script/i.test(assets.script)) throw new Error('the bundled script contains </script');
if (/<\/style/i.test(assets.style)) throw new Error('the stylesheet contains </style');

await mkdir(`${root}dist/html-assets`, { recursive: true });
await writeFile(`${root}dist/html-assets/assets.json`, JSON.stringify(assets));
