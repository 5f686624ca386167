// Bundle the HTML report's browser code (with cytoscape) into one IIFE and minify its stylesheet; write both
// to dist/html-assets/assets.json, which the reporter inlines into every page it renders. The rule pages
// (docs/rules/*.md) go with them, so a report can show a rule's documentation without the network, and the
// package's homepage or repository (package.json) gives the absolute URL of each page when it has one.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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

const ruleDocs = {};
for (const name of (await readdir(`${root}docs/rules`)).sort()) {
  if (name.endsWith('.md') && name !== 'TEMPLATE.md') ruleDocs[name.slice(0, -'.md'.length)] = await readFile(`${root}docs/rules/${name}`, 'utf8');
}
const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
const assets = { script: text(script), style: text(style), ruleDocs, ...docsBase(pkg) };

// Inlined as-is, so neither may contain the end of its own element.
if (/<\/script/i.test(assets.script)) throw new Error('the bundled script contains </script');
if (/<\/style/i.test(assets.style)) throw new Error('the stylesheet contains </style');

await mkdir(`${root}dist/html-assets`, { recursive: true });
await writeFile(`${root}dist/html-assets/assets.json`, JSON.stringify(assets));

/** Where docs/ is browsable: a GitHub repository's tree at this version's tag, else the homepage. */
function docsBase(manifest) {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const github = /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(repository ?? '');
  if (github) return { docsBase: `https://github.com/${github[1]}/blob/v${manifest.version}/` };
  if (typeof manifest.homepage === 'string' && /^https?:\/\//.test(manifest.homepage)) return { docsBase: manifest.homepage.replace(/#.*$/, '').replace(/\/?$/, '/') };
  return {};
}
