import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateOrg, writeOrg } from '../../src/gen/index.js';
import { analyze } from '../../src/run.js';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'teamfit-gen-'));
  temps.push(dir);
  return dir;
}

describe('generateOrg', () => {
  it('writes byte-identical files for the same seed, and others for another seed', () => {
    const options = { teams: 30, components: 310, seed: 42 };
    expect(generateOrg(options)).toEqual(generateOrg(options));
    expect(generateOrg({ ...options, seed: 43 })).not.toEqual(generateOrg(options));
  });

  it('writes exactly the requested number of components across several files', async () => {
    const dir = await tempDir();
    await writeOrg(dir, generateOrg({ teams: 17, components: 173, seed: 1 }));
    const departments = await readdir(path.join(dir, 'departments'));
    expect(departments).toHaveLength(3);
    const systems = await Promise.all(departments.map((d) => readFile(path.join(dir, 'departments', d, 'systems.yaml'), 'utf8')));
    expect(systems.join('').match(/^kind: Component$/gm)).toHaveLength(173);
  });

  it('generates an organisation that analyses without warnings and shows every architecture and structure', async () => {
    const dir = await tempDir();
    await writeOrg(dir, generateOrg({ teams: 24, components: 240, seed: 7 }));
    const result = await analyze({ paths: [dir], cwd: dir });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.model.entities.filter((e) => e.kind === 'component')).toHaveLength(240);
    const architectures = new Set(result.systems.map((s) => s.architecture.label));
    expect([...architectures].sort()).toEqual(['micro-monolith', 'microservices', 'monolith', 'undetermined']);
    const structures = new Set(result.teams.map((t) => t.structure.label));
    expect([...structures].sort()).toEqual(expect.arrayContaining(['cross-functional', 'dev-only', 'insourcing', 'sre']));
    const rules = new Set(result.findings.map((f) => f.ruleId));
    expect([...rules]).toEqual(expect.arrayContaining(['devops-team-owns-system', 'dependency-cycle', 'shared-resource', 'ownership-split']));
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateOrg({ teams: 0, components: 10, seed: 1 })).toThrow('--teams');
    expect(() => generateOrg({ teams: 10, components: 5, seed: 1 })).toThrow('--components');
  });
});
