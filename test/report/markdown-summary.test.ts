import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateOrg, writeOrg } from '../../src/gen/index.js';
import { analyze } from '../../src/run.js';
import { renderReport } from '../../src/report/index.js';
import { SUMMARY_LIMIT } from '../../src/report/markdown/summary.js';
import type { AnalysisResult, Finding } from '../../src/result/index.js';
import { analyzeFixture } from '../analyze/helpers.js';
import { sampleResultCopy } from '../fixtures/report/sample-result.js';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

const markdown = (result: AnalysisResult, detail?: 'summary' | 'full') => renderReport(result, 'markdown', { color: false, ...(detail ? { detail } : {}) });

describe('markdown summary', () => {
  it('of a generated 10,000-component organisation stays under 60,000 characters', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'teamfit-md-'));
    temps.push(dir);
    await writeOrg(dir, generateOrg({ teams: 1000, components: 10_000, seed: 1 }));
    const result = await analyze({ paths: [dir], cwd: dir });
    expect(result.summary.components).toBe(10_000);
    const summary = await markdown(result);
    expect(summary.length).toBeLessThan(60_000);
    for (const heading of ['## Act on this first', '## Fit', '## Findings by cause', '## Left out of this summary']) expect(summary).toContain(heading);
    expect(summary).toContain('--detail full');
    // Everything is still there in the full report: every finding's subject.
    const full = await markdown(result, 'full');
    expect(full.length).toBeGreaterThan(SUMMARY_LIMIT);
    for (const finding of result.findings.slice(0, 50)) expect(full).toContain(finding.subject.replace(/[\\`*_[\]|~]/g, '\\$&'));
  }, 300_000);

  it('shows a shared cause once with its count, in the headlines and the cause table', async () => {
    const result = await analyzeFixture('report/finding-groups');
    const summary = await markdown(result);
    expect(summary).toMatch(/^1\. \*\*error\*\* \[missing-owner\]\(https:\/\/unpkg\.com\/teamfit@[^/]+\/docs\/rules\/missing-owner\.md\) × 5: owners point at namespace default; the groups are in namespace acme$/m);
    expect(summary).toContain('| error | missing-owner | 5 | owners point at namespace default; the groups are in namespace acme |');
    expect(summary.match(/owners point at namespace default/g)).toHaveLength(2);
  });

  it('stays under the limit whatever the catalog strings and however many causes, and says what it left out', async () => {
    const result = sampleResultCopy();
    const template = result.findings.find((f) => f.ruleId === 'tight-coupling');
    if (!template) throw new Error('fixture changed');
    const long = 'x'.repeat(5_000);
    result.findings = Array.from({ length: 3_000 }, (_, i): Finding => ({ ...template, subject: `system:default/${long}-${i}`, message: `${long} ${i}`, fingerprint: String(i) }));
    result.inputs = Array.from({ length: 500 }, (_, i) => `${long}/${i}`);
    result.diagnostics = Array.from({ length: 2_000 }, (_, i) => ({ severity: 'warning' as const, code: `code-${i}`, message: long }));
    const [system] = result.systems;
    const [team] = result.teams;
    if (!system || !team) throw new Error('fixture changed');
    const owners = Array.from({ length: 50 }, (_, i) => `group:default/${long}-${i}`);
    result.systems = Array.from({ length: 2_000 }, (_, i) => ({ ...system, ref: `system:default/${long}-${i}`, owners, fit: { ...system.fit, verdict: 'misfit' as const, notes: [long], teams: owners.map((t) => ({ team: t, structure: 'sre' as const, roles: ['owner' as const] })) } }));
    result.teams = Array.from({ length: 2_000 }, (_, i) => ({ ...team, ref: `group:default/${long}-${i}` }));
    const summary = await markdown(result);
    expect(summary.length).toBeLessThan(SUMMARY_LIMIT);
    expect(summary).toMatch(/- \d+ more causes \(\d+ findings\) that did not fit here\./);
    expect(summary).toContain('- 1985 more diagnostic codes.');
    // The causes still get their share of the room.
    expect(summary.match(/^\| warning \| tight-coupling \| 1 \|/gm)?.length).toBeGreaterThan(5);
    expect(summary).toContain('- 1985 more systems that do not fit.');
    expect(summary).toContain('- The verdicts of 1980 more systems and 1980 more teams.');
  });

  it('lists the systems that do not fit in the fit table by the verdict each got', async () => {
    const summary = await markdown(sampleResultCopy());
    expect(summary).toContain('| micro-monolith |   |   |   | 1 |   |');
    expect(summary).toContain('- **no-fit** system:default/orders (micro-monolith, 2 components)');
  });
});
