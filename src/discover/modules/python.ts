import type { Claims, Evidence } from '../types.js';
import { lineLocator } from '../yaml-docs.js';

/** The packaging files of one Python project directory (pyproject.toml, setup.cfg, setup.py), by file name. */
export interface PythonProject {
  dir: string;
  files: Array<{ file: string; text: string }>;
  /** A Django `manage.py` beside them: the project is a site, whatever its packaging says. */
  hasManage: boolean;
}

/** Frameworks and servers a process serves requests with; a library rarely needs one at run time. */
const SERVER = /(?:^|["'\s,[])(django|flask|fastapi|starlette|aiohttp|tornado|gunicorn|uvicorn|hypercorn|daphne|waitress|sanic|quart|litestar|falcon|pyramid|bottle)(?=\s*(?:[<>=!~;[\]"',]|$))/im;
/** Console or GUI entry points: the distribution installs a program. */
const ENTRY_POINTS = /^\s*\[(?:project\.(?:scripts|gui-scripts)|tool\.poetry\.scripts|project\.entry-points\.["']?console_scripts["']?)\]|console_scripts|^\s*\[options\.entry_points\]|\bscripts\s*=\s*\[\s*["']/m;

const runtimeDependencies = (file: string, text: string): string => {
  if (file.endsWith('pyproject.toml')) {
    // `[project] dependencies = [...]` and poetry's table; optional groups and dev groups are left out.
    const pep621 = /^\s*dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(sectionOf(text, 'project'))?.[1] ?? '';
    return `${pep621}\n${sectionOf(text, 'tool.poetry.dependencies')}`;
  }
  if (file.endsWith('setup.cfg')) return /^\s*install_requires\s*=([^\n]*(?:\n[ \t]+[^\n]*)*)/m.exec(sectionOf(text, 'options'))?.[1] ?? '';
  return /install_requires\s*=\s*\[([\s\S]*?)\]/.exec(text)?.[1] ?? '';
};

/** The lines of one TOML/INI section, up to the next header. */
function sectionOf(text: string, name: string): string {
  const escaped = name.replace(/\./g, '\\.');
  const start = new RegExp(`^\\s*\\[${escaped}\\]\\s*$`, 'm').exec(text);
  if (!start) return '';
  const rest = text.slice(start.index + start[0].length);
  const next = /^\s*\[/m.exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

function nameOf(file: string, text: string): { name: string; index: number } | undefined {
  const sections = file.endsWith('setup.cfg') ? ['metadata'] : ['project', 'tool.poetry'];
  const match = file.endsWith('setup.py')
    ? /\bname\s*=\s*["']([\w.-]+)["']/.exec(text)
    : sections.map((section) => /^\s*name\s*=\s*["']?([\w.-]+)["']?\s*$/m.exec(sectionOf(text, section))).find((m) => m !== null);
  if (!match?.[1]) return undefined;
  return { name: match[1], index: text.indexOf(match[0].trimStart()) };
}

/**
 * A Python distribution: a module named after its project name. It runs something when it installs a
 * program (console or GUI entry points), depends at run time on a web framework or server, or is a Django
 * site; otherwise it is code for others to import, as a published npm package or a library crate is.
 */
export function parsePythonProject(project: PythonProject, claims: Claims): void {
  const named = project.files.map((f) => ({ ...f, found: nameOf(f.file, f.text) })).find((f) => f.found !== undefined);
  if (!named?.found) return; // tool settings only (a pyproject.toml for ruff or black): no distribution here
  const at = (file: string, text: string, index: number): Evidence => ({ file, line: index < 0 ? 1 : lineLocator(text)(index), column: 1 });
  const entry = project.files.find((f) => ENTRY_POINTS.test(f.text));
  const server = project.files.map((f) => ({ f, match: SERVER.exec(runtimeDependencies(f.file, f.text)) })).find((x) => x.match);
  const isApp = entry !== undefined || server !== undefined || project.hasManage;
  const version = project.files.map((f) => /^\s*version\s*=\s*["']([^"']+)["']/m.exec(f.text)?.[1]).find((v) => v !== undefined);
  const name = named.found.name;
  claims.modules.push({
    id: `python:${name.toLowerCase().replace(/[-_.]+/g, '-')}`,
    name,
    dir: project.dir,
    source: 'python',
    dependsOn: [],
    isApp,
    ...(isApp
      ? {}
      : { libraryReason: `a Python distribution (${project.files.map((f) => f.file).join(', ')}) with no console entry points, no web framework or server among its run-time dependencies and no manage.py` }),
    evidence: at(named.file, named.text, named.found.index),
    ...(version ? { version } : {}),
  });
}
