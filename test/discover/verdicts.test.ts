import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/run.js';
import { AnalysisResult } from '../../src/result/index.js';
import { ALICE, BOB, DEPENDABOT, TestRepo } from './git-repo.js';

async function systemOf(dir: string) {
  const result = AnalysisResult.parse(await analyze({ paths: [dir], cwd: dir }));
  const [system] = result.systems;
  if (!system) throw new Error('no system discovered');
  return system;
}

const signal = (system: Awaited<ReturnType<typeof systemOf>>, id: string) => system.architecture.signals.find((s) => s.id === id);

describe('discovered artefact coupling in the architecture verdict', () => {
  it('three processes of one codebase from one image are one application: a monolith, with the image as evidence', async () => {
    const repo = new TestRepo('app').commit('initial', {
      Dockerfile: 'FROM python:3.12\n',
      'requirements.txt': 'django\n',
      'docker-compose.yml': ['services:', '  web:', '    build: .', '    command: gunicorn app.wsgi', '  worker:', '    build: .', '    command: celery -A app worker', ''].join('\n'),
    });
    const system = await systemOf(repo.dir);
    expect(system.architecture.label).toBe('monolith');
    expect(system.architecture.reason).toMatch(/one codebase/);
    expect(signal(system, 'artifact-shared-image')).toMatchObject({ value: 2, source: 'artifact', pushes: 'micro-monolith' });
    expect(signal(system, 'artifact-shared-image')?.evidence[0]).toMatch(/^docker-compose\.yml:2 web runs/);
  });

  it('releases that only bump every unit version are not lockstep changes: version bumps are the release, not a change', async () => {
    const repo = new TestRepo('suite');
    for (const version of ['1.0.0', '1.1.0', '1.2.0']) {
      const files = Object.fromEntries(['a', 'b', 'c'].flatMap((u) => [
        [`${u}/package.json`, JSON.stringify({ name: u, version, scripts: { start: 'node .' } }, null, 2)],
        [`${u}/Dockerfile`, 'FROM node:20\n'],
        [`${u}/CHANGELOG.md`, `# ${version}\n`],
      ]));
      repo.commit(`release ${version}`, files).tag(`v${version}`);
    }
    const system = await systemOf(repo.dir);
    expect(signal(system, 'artifact-lockstep-releases')).toMatchObject({ value: 0, pushes: 'microservices' });
    expect(signal(system, 'artifact-lockstep-releases')?.evidence.at(-1)).toMatch(/12 file changes that only bump versions or write release notes/);
  });

  it('bot commits between tags are left out of what a release changed', async () => {
    const repo = new TestRepo('botted');
    const svc = (u: string, text: string) => ({ [`${u}/main.go`]: text, [`${u}/Dockerfile`]: 'FROM golang\n' });
    repo.commit('start', { ...svc('a', 'package a\n'), ...svc('b', 'package b\n'), ...svc('c', 'package c\n') }).tag('v1.0.0');
    for (const [i, tag] of ['v1.1.0', 'v1.2.0'].entries()) {
      repo.commit(`Bump x from 1.${i} to 1.${i + 1}`, { 'a/go.sum': `${i}\n`, 'b/go.sum': `${i}\n`, 'c/go.sum': `${i}\n` }, DEPENDABOT);
      repo.commit(`a feature ${i}`, { 'a/main.go': `package a // ${i}\n` }).tag(tag);
    }
    const system = await systemOf(repo.dir);
    expect(signal(system, 'artifact-lockstep-releases')).toMatchObject({ value: 0.33, pushes: 'microservices' });
  });

  it('services released in lockstep with real changes in every unit: a release convention, soft, never a micro-monolith alone', async () => {
    const repo = new TestRepo('suite');
    for (const version of ['1.0.0', '1.1.0', '1.2.0']) {
      const files = Object.fromEntries(['a', 'b', 'c'].flatMap((u) => [
        [`${u}/package.json`, JSON.stringify({ name: u, version, scripts: { start: 'node .' } })],
        [`${u}/index.js`, `console.log('${u} ${version}');\n`],
        [`${u}/Dockerfile`, 'FROM node:20\n'],
      ]));
      repo.commit(`release ${version}`, files).tag(`v${version}`);
    }
    const system = await systemOf(repo.dir);
    expect(signal(system, 'artifact-lockstep-releases')).toMatchObject({ value: 1, pushes: 'micro-monolith', weight: 0.1 });
    expect(signal(system, 'artifact-lockstep-versioning')).toMatchObject({ value: 3, pushes: 'micro-monolith', weight: 0.1 });
    expect(system.architecture.label).not.toBe('micro-monolith');
    expect(system.architecture.reason).toMatch(/release conventions|outweighing units released in lockstep/);
  });

  it('services changed and released apart count as released independently', async () => {
    const repo = new TestRepo('apart');
    const svc = (u: string, v: string) => ({ [`${u}/package.json`]: JSON.stringify({ name: u, version: v, scripts: { start: 'node .' } }), [`${u}/Dockerfile`]: 'FROM node:20\n' });
    repo.commit('start', { ...svc('a', '1.0.0'), ...svc('b', '3.0.0'), ...svc('c', '0.4.0') }).tag('v1.0.0');
    repo.commit('a only', svc('a', '1.1.0'), ALICE).tag('v1.1.0');
    repo.commit('b only', svc('b', '3.1.0'), BOB).tag('v1.2.0');
    repo.commit('c only', svc('c', '0.5.0'), ALICE).tag('v1.3.0');
    const system = await systemOf(repo.dir);
    expect(signal(system, 'artifact-lockstep-releases')).toMatchObject({ pushes: 'microservices' });
    expect(system.architecture.label).not.toBe('micro-monolith');
  });

  it('co-change made only of bot and sweeping commits does not make a micro-monolith', async () => {
    const repo = new TestRepo('fleet');
    const both = (text: string) => ({ 'a/main.go': text, 'b/main.go': text });
    repo.commit('initial', { 'a/Dockerfile': 'FROM x\n', 'b/Dockerfile': 'FROM x\n', ...both('package main\n') });
    for (let i = 0; i < 5; i++) repo.commit(`Bump lib from 1.${i} to 1.${i + 1}`, both(`// ${i}\n`), DEPENDABOT);
    repo.commit('chore: format everything', both('package main // formatted\n'));
    for (let i = 0; i < 12; i++) repo.commit(`a ${i}`, { [`a/f${i}.go`]: 'x\n' }, i % 2 ? ALICE : BOB);
    const system = await systemOf(repo.dir);
    // What is left after the filters stays inside units: evidence of independence.
    expect(signal(system, 'artifact-co-change')).toMatchObject({ pushes: 'microservices' });
    expect(signal(system, 'artifact-co-change')?.description).toMatch(/after leaving out 5 bot, 0 merge and 1 sweeping commits \(raw: 0\.\d+\)/);
    expect(system.architecture.label).not.toBe('micro-monolith');
  });
});
