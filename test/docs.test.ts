import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULE_META, docsUrl } from '../src/rules/meta.js';
import { analyze } from '../src/run.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(root, 'docs', 'rules');

/** The section headings every rule page carries, in order; TEMPLATE.md is their source. */
const SECTIONS = [
  '## What it detects',
  '## Why it matters',
  '## Evidence shown',
  '## How to fix it',
  '## When not to worry',
  '## Configuration',
  '## Example',
];

function headings(markdown: string): string[] {
  // Headings inside fenced code blocks (YAML comments, shell prompts) are not headings.
  const withoutFences = markdown.replace(/```[\s\S]*?```/g, '');
  return withoutFences.split('\n').filter((line) => /^#{1,6} /.test(line)).map((line) => line.trim());
}

describe('rule docs template', () => {
  it('TEMPLATE.md has every section, in order', () => {
    const template = readFileSync(join(rulesDir, 'TEMPLATE.md'), 'utf8');
    expect(headings(template).filter((h) => h.startsWith('## '))).toEqual(SECTIONS);
  });
});

describe.each(RULE_IDS)('docs/rules/%s.md', (id) => {
  const path = join(root, docsUrl(id));

  it('exists where docsUrl points', () => {
    expect(existsSync(path)).toBe(true);
  });

  it('starts with "# <id>: <title>"', () => {
    const firstLine = readFileSync(path, 'utf8').split('\n')[0];
    expect(firstLine).toBe(`# ${id}: ${RULE_META[id].title}`);
  });

  it('has every template section, in order', () => {
    const sections = headings(readFileSync(path, 'utf8')).filter((h) => h.startsWith('## '));
    expect(sections).toEqual(SECTIONS);
  });

  it('states its category and default severity', () => {
    const { category, defaultSeverity } = RULE_META[id];
    expect(readFileSync(path, 'utf8')).toContain(`> Category: \`${category}\` · Default severity: \`${defaultSeverity}\``);
  });

  it('shows the severity override and a YAML example', () => {
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toContain(`"${id}": { "severity":`);
    expect(markdown.slice(markdown.indexOf('## Example'))).toMatch(/```yaml\n[\s\S]*?apiVersion: backstage\.io\/v1alpha1/);
  });
});

// Rules of the history category need a repository as well as a catalog: test/history checks them.
const CATALOG_RULES = RULE_IDS.filter((id) => RULE_META[id].category !== 'history');

describe.each(CATALOG_RULES)('the example in docs/rules/%s.md', (id) => {
  it('triggers the rule', async () => {
    const markdown = readFileSync(join(root, docsUrl(id)), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(markdown.slice(markdown.indexOf('## Example')))?.[1];
    expect(yaml).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), `teamfit-doc-${id}-`));
    try {
      writeFileSync(join(dir, 'catalog-info.yaml'), yaml ?? '');
      const result = await analyze({ paths: [dir], cwd: dir });
      expect(result.findings.map((finding) => finding.ruleId)).toContain(id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('docs/rules/', () => {
  it('has no page for an unknown rule', () => {
    const known = new Set<string>(RULE_IDS);
    const pages = readdirSync(rulesDir).filter((file) => file.endsWith('.md') && file !== 'TEMPLATE.md');
    const unknown = pages.map((file) => file.slice(0, -'.md'.length)).filter((id) => !known.has(id));
    expect(unknown).toEqual([]);
  });
});
