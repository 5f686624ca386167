import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { analyze } from '../../src/run.js';
import { TestRepo } from './git-repo.js';

const discover = (repo: TestRepo) => discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });

const pyproject = (extra = '') =>
  ['[build-system]', 'requires = ["hatchling"]', '', '[project]', 'name = "tiny-http"', 'version = "3.1.0"',
    'dependencies = [', '  "idna>=3",', '  "certifi",', ']', '', '[project.optional-dependencies]', 'server = ["flask>=3"]',
    '', '[dependency-groups]', 'dev = ["pytest", "fastapi"]', extra, ''].join('\n');
const library = { 'pyproject.toml': pyproject(), 'src/tiny_http/__init__.py': '', 'requirements-dev.txt': 'pytest\n' };

describe('a Python distribution with no program, server or site', () => {
  it('is no deployable unit: a library component, with a diagnostic saying why', async () => {
    const d = await discover(new TestRepo('tiny-http').commit('initial', library));
    expect(d.units.map((u) => [u.name, u.sourceDir, u.deployable, u.sources])).toEqual([['tiny-http', '.', false, ['python']]]);
    const diagnostic = d.diagnostics.find((x) => x.code === 'discover-library-only');
    expect(diagnostic).toMatchObject({ file: 'pyproject.toml', line: 5 });
    expect(diagnostic?.message).toMatch(/^tiny-http is a library: a Python distribution \(pyproject.toml\) with no console entry points/);
  });

  it('gives an undetermined architecture', async () => {
    const repo = new TestRepo('tiny-http').commit('initial', library);
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    expect(result.systems.map((s) => s.architecture.label)).toEqual(['undetermined']);
  });

  it('is read from a legacy setup.py and setup.cfg as well', async () => {
    const setupPy = "from setuptools import setup\nsetup(\n    name='tiny-http',\n    install_requires=['idna'],\n)\n";
    const d = await discover(new TestRepo('tiny-http').commit('initial', { 'setup.py': setupPy, 'requirements.txt': 'idna\n' }));
    expect(d.units.map((u) => [u.name, u.deployable])).toEqual([['tiny-http', false]]);
    const cfg = '[metadata]\nname = tiny-http\n\n[options]\ninstall_requires =\n    idna\n';
    const c = await discover(new TestRepo('tiny-http').commit('initial', { 'setup.cfg': cfg, 'setup.py': 'from setuptools import setup\nsetup()\n' }));
    expect(c.units.map((u) => [u.name, u.deployable])).toEqual([['tiny-http', false]]);
  });

  const runs: Array<[string, Record<string, string>]> = [
    ['console entry points', { 'pyproject.toml': pyproject('\n[project.scripts]\ntiny = "tiny_http.cli:main"') }],
    ['a web framework among its run-time dependencies', { 'pyproject.toml': pyproject().replace('"certifi",', '"certifi",\n  "fastapi>=0.110",') }],
    ['a server in poetry dependencies', { 'pyproject.toml': '[tool.poetry]\nname = "tiny-http"\n\n[tool.poetry.dependencies]\npython = "^3.12"\ngunicorn = "^22"\n' }],
    ['console_scripts in setup.py', { 'setup.py': "setup(name='tiny-http', entry_points={'console_scripts': ['tiny=tiny_http:main']})\n" }],
    ['a manage.py', { 'manage.py': '#!/usr/bin/env python\n' }],
    ['a Dockerfile', { Dockerfile: 'FROM python:3.12\nCOPY . .\n' }],
    ['a Procfile', { Procfile: 'web: python -m tiny_http\n' }],
  ];
  for (const [what, files] of runs) {
    it(`stays a deployable unit with ${what}`, async () => {
      const d = await discover(new TestRepo('tiny-http').commit('initial', { ...library, ...files }));
      expect(d.units.filter((u) => u.deployable)).toHaveLength(1);
      expect(d.diagnostics.map((x) => x.code)).not.toContain('discover-library-only');
    });
  }

  it('leaves a pyproject.toml holding only tool settings to the application markers beside it', async () => {
    const d = await discover(new TestRepo('site').commit('initial', { 'pyproject.toml': '[tool.ruff]\nline-length = 100\n', 'requirements.txt': 'requests\n' }));
    expect(d.units.map((u) => [u.name, u.deployable])).toEqual([['site', true]]);
  });
});
