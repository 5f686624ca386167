import { describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../src/result/index.js';
import { FORMATS, renderReport } from '../../src/report/index.js';
import { sampleResult, sampleResultCopy } from '../fixtures/report/sample-result.js';

describe('sample result fixture', () => {
  it('is a valid AnalysisResult', () => {
    expect(() => AnalysisResult.parse(sampleResult)).not.toThrow();
  });
});

describe('renderReport', () => {
  it('json is the result, pretty-printed, with a final newline', async () => {
    const text = await renderReport(sampleResult, 'json', { color: false });
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(sampleResult);
  });

  // The HTML page inlines a bundled script; test/report/html*.test.ts and test/browser/ test it instead.
  it.each(FORMATS.filter((format) => format !== 'html'))('%s output matches its snapshot', async (format) => {
    const text = await renderReport(sampleResult, format, { color: false });
    const extensions: Record<string, string> = { markdown: 'md', json: 'json', sarif: 'sarif.json', junit: 'junit.xml', github: 'github.txt' };
    const extension = extensions[format] ?? 'txt';
    await expect(text).toMatchFileSnapshot(`__snapshots__/sample.${extension}`);
  });

  it('terminal output names every verdict, finding and diagnostic (--verbose: full detail)', async () => {
    const text = await renderReport(sampleResult, 'terminal', { color: false, detail: 'full' });
    for (const line of [
      '3 systems (1 monolith, 1 microservices, 1 micro-monolith)',
      'findings: 2 errors, 2 warnings, 1 info',
      'architecture: monolith 86% (declared: monolith)',
      '-> microservices  Share of internal dependencies through APIs: 0.67 vs threshold 0.5 [catalog]',
      'fit: no-fit - expected: nothing fits a micro-monolith well',
      'structure: cross-functional 90%',
      'members: 4, owns: 1, operates: 1, dependent teams: 0',
      'missing-owner  component:default/orphan',
      'evidence: component has no spec.owner',
      'at catalog/orphan.yaml:3:1',
      'catalog/template.yaml:1:1  warning  unknown-kind  Kind Template is not read.',
      'Summary: 2 errors, 2 warnings, 1 info in 3 systems and 4 teams; highest severity error.',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('\u001b');
    expect(text.indexOf('error   missing-owner')).toBeLessThan(text.indexOf('warning shared-resource'));
    expect(text.indexOf('warning shared-resource')).toBeLessThan(text.indexOf('info    architecture-drift'));
  });

  it('terminal summary: one line per root cause with its count, each finding only with --verbose', async () => {
    const result = sampleResultCopy();
    const orphan = result.findings.find((f) => f.ruleId === 'missing-owner');
    if (!orphan) throw new Error('fixture changed');
    const twin = { ...orphan, subject: 'component:default/orphan-2', fingerprint: 'twin' };
    if (twin.ruleId !== 'missing-owner') throw new Error('fixture changed');
    twin.evidence = { kind: 'component', declared: null, reason: 'absent' };
    orphan.evidence = { kind: 'component', declared: null, reason: 'absent' };
    result.findings.push(twin);
    const text = await renderReport(result, 'terminal', { color: false });
    expect(text).toContain('Findings (6, 5 causes)');
    expect(text).toContain('  error   missing-owner ×2  no spec.owner is set\n');
    expect(text).not.toContain('component:default/orphan-2');
    expect(text).toContain('--verbose lists each finding');
    const full = await renderReport(result, 'terminal', { color: false, detail: 'full' });
    expect(full).toContain('missing-owner  component:default/orphan-2');
  });

  it('colours the terminal report only when asked', async () => {
    expect(await renderReport(sampleResult, 'terminal', { color: true })).toContain('\u001b[31m');
  });

  it('truncates long lists with a count of what was left out', async () => {
    const result = sampleResultCopy();
    const system = result.systems[0];
    if (!system) throw new Error('fixture changed');
    system.owners = Array.from({ length: 10 }, (_, i) => `group:default/team-${i}`);
    const text = await renderReport(result, 'terminal', { color: false });
    expect(text).toContain('group:default/team-3 ... and 6 more');
  });

  it('full markdown output has the overview, per-system detail and findings by cause', async () => {
    const text = await renderReport(sampleResult, 'markdown', { color: false, detail: 'full' });
    expect(text).toContain('| system:default/orders | micro-monolith | 64% | no-fit |');
    expect(text).toContain('### system:default/shop (Web shop)');
    expect(text).toContain('### error: missing-owner');
    expect(text).toContain('- **missing-owner** on component:default/orphan: component:default/orphan has no owner.');
    expect(text).toContain('| catalog/template.yaml:1:1 | warning | unknown-kind | Kind Template is not read. |');
  });

  it('is pure: the same input gives the same output', async () => {
    for (const format of FORMATS) {
      const first = await renderReport(sampleResult, format, { color: true });
      expect(await renderReport(sampleResult, format, { color: true })).toBe(first);
    }
  });
});
