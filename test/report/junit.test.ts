import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { analyze } from '../../src/run.js';
import type { AnalysisResult } from '../../src/result/index.js';
import { sampleResultCopy } from '../fixtures/report/sample-result.js';
import { parseXml, type XmlElement } from './xml-parse.js';

const ROOT = resolve(import.meta.dirname, '../..');
const junit = async (result: AnalysisResult) => renderReport(result, 'junit', { color: false });
const TESTCASE_CHILDREN = new Set(['failure', 'error', 'skipped', 'system-out', 'system-err']);

/** The structure GitLab's and Jenkins' JUnit readers expect (Jenkins' junit-10.xsd), checked element by element. */
function expectJunitShape(root: XmlElement): void {
  expect(root.name).toBe('testsuites');
  let tests = 0;
  let failures = 0;
  for (const suite of root.children) {
    expect(suite.name).toBe('testsuite');
    expect(suite.attributes['name']).toBeTruthy();
    const cases = suite.children.filter((child) => child.name === 'testcase');
    expect(cases).toHaveLength(suite.children.length);
    expect(Number(suite.attributes['tests'])).toBe(cases.length);
    const failing = cases.filter((c) => c.children.some((child) => child.name === 'failure'));
    expect(Number(suite.attributes['failures'])).toBe(failing.length);
    for (const testcase of cases) {
      expect(testcase.attributes['name']).toBeTruthy();
      expect(testcase.attributes['classname']).toBeTruthy();
      for (const child of testcase.children) expect(TESTCASE_CHILDREN.has(child.name)).toBe(true);
      for (const failure of testcase.children.filter((child) => child.name === 'failure')) expect(failure.attributes['message']).toBeTruthy();
    }
    tests += cases.length;
    failures += failing.length;
  }
  expect(Number(root.attributes['tests'])).toBe(tests);
  expect(Number(root.attributes['failures'])).toBe(failures);
}

describe('junit format', () => {
  it('is well-formed JUnit XML: a suite per system, a test case per entity, a failure per entity with findings', async () => {
    const result = await analyze({ paths: ['test/fixtures/orgs/report/finding-groups'], cwd: ROOT });
    const root = parseXml(await junit(result));
    expectJunitShape(root);
    expect(root.children.map((s) => s.attributes['name'])).toEqual(['system:default/checkout', 'system:default/search', 'teams']);
    const search = root.children[1];
    expect(search?.children.map((c) => c.attributes['name']).sort()).toEqual([
      'component:default/crawler', 'component:default/indexer', 'component:default/query', 'component:default/ranker', 'system:default/search',
    ]);
    const failing = root.children.flatMap((s) => s.children).filter((c) => c.children.some((child) => child.name === 'failure'));
    expect(new Set(failing.map((c) => c.attributes['name']))).toEqual(new Set(result.findings.map((f) => f.subject)));
    const cart = failing.find((c) => c.attributes['name'] === 'component:default/cart');
    expect(cart?.attributes['file']).toBe('test/fixtures/orgs/report/finding-groups/catalog.yaml');
    expect(cart?.children[0]?.attributes['type']).toBe('missing-owner');
    expect(cart?.children[0]?.text).toContain('Fix: Set spec.owner');
  });

  it('escapes markup, keeps line breaks, shows control characters escaped and drops characters XML does not allow', async () => {
    const result = sampleResultCopy();
    const [finding] = result.findings;
    if (!finding) throw new Error('fixture changed');
    finding.message = 'a <b> & "c" \'d\'\nnext line ]]> \u0000\u0008\u001b[31m\ud800 end';
    const text = await junit(result);
    const root = parseXml(text);
    expectJunitShape(root);
    const failure = root.children.flatMap((s) => s.children).find((c) => c.attributes['name'] === finding.subject)?.children[0];
    expect(failure?.attributes['message']).toBe('a <b> & "c" \'d\'\nnext line ]]> \\u0000\\u0008\\u001B[31m end');
    expect(failure?.text).toContain('a <b> & "c" \'d\'\nnext line ]]> \\u0000\\u0008\\u001B[31m end');
  });

  it('the parser does reject what is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a x="1 & 2"/>')).toThrow();
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
    expect(() => parseXml('<a>]]></a>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
  });

  it('puts info findings in system-out, not in failures', async () => {
    const result = sampleResultCopy();
    const info = result.findings.find((f) => f.severity === 'info');
    if (!info) throw new Error('fixture changed');
    const root = parseXml(await junit(result));
    const testcase = root.children.flatMap((s) => s.children).find((c) => c.attributes['name'] === info.subject);
    expect(testcase?.children.map((c) => c.name)).toEqual(['system-out']);
  });
});
