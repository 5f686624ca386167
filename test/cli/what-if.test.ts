import { execFileSync } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WhatIfResult } from '../../src/result/index.js';
import { ROOT, runTeamfit, temporaryDirectory } from './run-teamfit.js';

const PLAN = `title: Hand fulfilment to its builders
changes:
  - move: [component:stock-sync, resource:supplier-feed-bucket]
    to: warehouse-team
    why: "<b>they</b> build it"
  - { move: system:fulfilment, to: orders-team }
`;

async function workspace(plan = PLAN): Promise<string> {
  const dir = await temporaryDirectory();
  await cp(join(ROOT, 'examples/northwind'), join(dir, 'northwind'), { recursive: true });
  await writeFile(join(dir, 'plan.yaml'), plan);
  return dir;
}

describe('teamfit what-if', { timeout: 60_000 }, () => {
  it('prints before and after, and the JSON result matches its schema', async () => {
    const dir = await workspace();
    const text = await runTeamfit(['what-if', 'northwind', '--plan', 'plan.yaml'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('What if: Hand fulfilment to its builders');
    expect(text.stdout).toMatch(/devops-team-owns-system\s+error\s+system:default\/fulfilment/);
    const json = await runTeamfit(['what-if', 'northwind', '--plan', 'plan.yaml', '--format', 'json'], { cwd: dir });
    const result = WhatIfResult.parse(JSON.parse(json.stdout));
    expect(result.findings.disappear.map((f) => f.ruleId)).toContain('devops-team-owns-system');
  });

  it('escapes what the plan says in HTML and Markdown', async () => {
    const dir = await workspace();
    const html = await runTeamfit(['what-if', 'northwind', '--plan', 'plan.yaml', '--format', 'html'], { cwd: dir });
    expect(html.stdout).toContain('&lt;b&gt;they&lt;/b&gt; build it');
    expect(html.stdout).not.toContain('<b>they');
    // The full report of the organisation after the plan, with the before and after on top.
    expect(html.stdout).toContain('<section id="what-if"><h2>What if: Hand fulfilment to its builders</h2>');
    expect(html.stdout).toContain('<section id="graph">');
    const markdown = await runTeamfit(['what-if', 'northwind', '--plan', 'plan.yaml', '--format', 'markdown'], { cwd: dir });
    expect(markdown.stdout).toContain('&lt;b&gt;they&lt;/b&gt; build it');
  });

  it('--emit-patch prints a diff of spec.owner lines that git applies', async () => {
    const dir = await workspace();
    const patch = await runTeamfit(['what-if', 'northwind', '--plan', 'plan.yaml', '--emit-patch'], { cwd: dir });
    expect(patch.code).toBe(0);
    expect(patch.stdout).toContain('-  owner: devops-team\n+  owner: orders-team\n');
    expect(patch.stdout).toContain('+  owner: group:default/warehouse-team\n');
    await writeFile(join(dir, 'owners.patch'), patch.stdout);
    execFileSync('git', ['apply', '--check', 'owners.patch'], { cwd: dir });
    execFileSync('git', ['apply', 'owners.patch'], { cwd: dir });
    // Applied, the catalog says what the plan said: analysing it again finds no DevOps team owning fulfilment.
    const after = await runTeamfit(['analyze', 'northwind', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    const findings = (JSON.parse(after.stdout) as { findings: Array<{ ruleId: string; subject: string }> }).findings;
    expect(findings.filter((f) => f.ruleId === 'devops-team-owns-system').map((f) => f.subject)).toEqual([]);
  });

  it('a bad plan is a usage error naming file, line and column (exit 2, no stack)', async () => {
    const dir = await workspace('changes:\n  - move: component:stock-sync\n    to: [warehouse-team]\n');
    const result = await runTeamfit(['what-if', 'northwind', '--plan', 'plan.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('teamfit: plan.yaml:3:9: changes[0].to: expected a string, got a list\n');
    const missing = await runTeamfit(['what-if', 'northwind'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--plan <file>");
  });
});
