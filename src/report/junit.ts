import type { AnalysisResult, EntityRef, Finding } from '../result/index.js';
import { placeOf } from './annotation-order.js';
import { ruleDocsLink } from './docs-link.js';
import { position } from './format.js';
import type { Reporter } from './types.js';
import { openTag, xmlText } from './xml.js';

interface Suite {
  name: string;
  entities: EntityRef[];
}

const CHECKED_KINDS = new Set(['domain', 'system', 'component', 'api', 'resource']);

/**
 * JUnit XML as GitLab and Jenkins read it: a test suite per system (the system, its components, APIs and
 * resources), one for teams and one for the entities outside any system; a test case per entity, failing
 * when it has error or warning findings (info findings go to its system-out). No timings: the analysis is
 * one step, and the same result gives the same file.
 */
export const renderJunit: Reporter = (result) => {
  const bySubject = new Map<EntityRef, Finding[]>();
  for (const finding of result.findings) {
    const list = bySubject.get(finding.subject);
    if (list) list.push(finding);
    else bySubject.set(finding.subject, [finding]);
  }
  const version = result.tool.version;
  const bodies = suitesOf(result).map((suite) => suiteXml(suite, bySubject, version));
  const tests = bodies.reduce((sum, body) => sum + body.tests, 0);
  const failures = bodies.reduce((sum, body) => sum + body.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    openTag('testsuites', { name: 'teamfit', tests, failures, errors: 0, skipped: 0, time: 0 }),
    ...bodies.map((body) => body.xml),
    '</testsuites>',
    '',
  ].join('\n');
};

/** Each entity in one suite only: the first system that lists it, else teams, else the rest. */
function suitesOf(result: AnalysisResult): Suite[] {
  const placed = new Set<EntityRef>();
  const take = (refs: readonly EntityRef[]): EntityRef[] =>
    refs.filter((ref) => {
      if (placed.has(ref)) return false;
      placed.add(ref);
      return true;
    });
  const suites: Suite[] = result.systems.map((system) => ({ name: system.ref, entities: take([system.ref, ...system.components, ...system.apis, ...system.resources]) }));
  suites.push({ name: 'teams', entities: take(result.teams.map((team) => team.ref)) });
  const rest = [...result.model.entities.filter((entity) => CHECKED_KINDS.has(entity.kind)).map((entity) => entity.ref), ...result.findings.map((finding) => finding.subject)];
  suites.push({ name: 'other entities', entities: take(rest) });
  return suites.filter((suite) => suite.entities.length > 0);
}

function suiteXml(suite: Suite, bySubject: ReadonlyMap<EntityRef, Finding[]>, version: string): { xml: string; tests: number; failures: number } {
  let failures = 0;
  const cases = suite.entities.map((ref) => {
    const findings = bySubject.get(ref) ?? [];
    const failing = findings.filter((finding) => finding.severity !== 'info');
    const notes = findings.filter((finding) => finding.severity === 'info');
    const place = findings.map(placeOf).find((p) => p !== undefined);
    const open = openTag('testcase', { classname: suite.name, name: ref, file: place?.file, line: place?.line, time: 0 }, failing.length === 0 && notes.length === 0);
    if (failing.length === 0 && notes.length === 0) return `    ${open}`;
    const parts = [`    ${open}`];
    if (failing.length > 0) {
      failures++;
      const first = failing[0];
      const message = failing.length === 1 && first ? first.message : `${failing.length} findings: ${failing.map((f) => f.ruleId).join(', ')}`;
      const type = [...new Set(failing.map((f) => f.ruleId))].join(',');
      parts.push(`      ${openTag('failure', { message, type })}${xmlText(failing.map((f) => describe(f, version)).join('\n\n'))}</failure>`);
    }
    if (notes.length > 0) parts.push(`      <system-out>${xmlText(notes.map((f) => describe(f, version)).join('\n\n'))}</system-out>`);
    parts.push('    </testcase>');
    return parts.join('\n');
  });
  const open = openTag('testsuite', { name: suite.name, tests: suite.entities.length, failures, errors: 0, skipped: 0, time: 0 });
  return { xml: [`  ${open}`, ...cases, '  </testsuite>'].join('\n'), tests: suite.entities.length, failures };
}

function describe(finding: Finding, version: string): string {
  const place = placeOf(finding);
  return [
    `[${finding.severity}] ${finding.ruleId}: ${finding.message}`,
    `Fix: ${finding.recommendation}`,
    ...(place ? [`At: ${position(place)}`] : []),
    `Docs: ${ruleDocsLink(version, finding.ruleId)}`,
  ].join('\n');
}
