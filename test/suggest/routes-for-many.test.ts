import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateOrg, writeOrg } from '../../src/gen/index.js';
import { suggest } from '../../src/suggest/index.js';

describe('suggest for an organisation with several micro-monoliths', { timeout: 120_000 }, () => {
  it('gives one plan per route covering all of them, each system before and after in it; --system gives one system its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teamfit-suggest-many-'));
    await writeOrg(dir, generateOrg({ teams: 24, components: 240, seed: 3 }));
    const result = await suggest({ paths: [dir], cwd: dir });
    const routes = result.suggestions.filter((s) => s.kind !== 'boundaries');
    expect(routes.map((r) => r.kind)).toEqual(['consolidate', 'cut-couplings']);
    expect(routes.every((r) => r.system === undefined)).toBe(true);
    const consolidated = routes[0]?.whatIf.systems.filter((s) => s.before?.architecture === 'micro-monolith' && s.changed) ?? [];
    expect(consolidated.length).toBeGreaterThanOrEqual(2);
    expect(consolidated.every((s) => s.after?.architecture !== 'micro-monolith')).toBe(true);

    const one = consolidated[0]?.ref ?? '';
    const single = await suggest({ paths: [dir], cwd: dir, system: one });
    expect(single.suggestions.filter((s) => s.kind === 'consolidate').map((s) => s.system)).toEqual([one]);
  });
});
