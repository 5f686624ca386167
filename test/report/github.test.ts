import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { analyze } from '../../src/run.js';
import type { AnalysisResult } from '../../src/result/index.js';
import { sampleResultCopy } from '../fixtures/report/sample-result.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PROPERTY = '(?:file|line|endLine|col|endColumn|title)=[^,:\\r\\n]*';
// The workflow command grammar: `::name key=value,key=value::data`, no raw CR or LF anywhere, no `:` or `,` in a value.
const COMMAND = new RegExp(`^::(error|warning|notice)(?: (${PROPERTY}(?:,${PROPERTY})*))?::([^\\r\\n]*)$`);

interface Command {
  name: string;
  properties: Record<string, string>;
  data: string;
}

// GitHub's runner decodes what its toolkit encoded: %25 last, so `%253A` stays a literal `%3A`.
const unescapeData = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function commandsOf(text: string): { commands: Command[]; plain: string[] } {
  const commands: Command[] = [];
  const plain: string[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (!line.startsWith('::')) {
      plain.push(line);
      continue;
    }
    const match = COMMAND.exec(line);
    if (!match) throw new Error(`not a workflow command: ${line}`);
    const properties = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((pair) => {
      const [key = '', ...value] = pair.split('=');
      return [key, unescapeProperty(value.join('='))];
    }));
    commands.push({ name: match[1] ?? '', properties, data: unescapeData(match[3] ?? '') });
  }
  return { commands, plain };
}

const github = (result: AnalysisResult) => renderReport(result, 'github', { color: false });

describe('github format', () => {
  it('writes one workflow command per finding and diagnostic, at the line of the field that causes it', async () => {
    const fixture = 'test/fixtures/orgs/report/finding-groups';
    const result = await analyze({ paths: [fixture], cwd: ROOT });
    const { commands, plain } = commandsOf(await github(result));
    expect(commands).toHaveLength(result.findings.length + result.diagnostics.length);
    expect(plain).toEqual([expect.stringMatching(/^teamfit: 8 errors, 2 warnings, 0 info \(4 causes\)/)]);
    const lines = readFileSync(resolve(ROOT, fixture, 'catalog.yaml'), 'utf8').split('\n');
    const cart = commands.find((c) => c.properties['title'] === 'teamfit missing-owner: component:default/cart');
    expect(cart).toMatchObject({ name: 'error', properties: { file: `${fixture}/catalog.yaml` } });
    expect(lines[Number(cart?.properties['line']) - 1]?.trim()).toBe('owner: checkout-team');
    expect(cart?.properties['col']).toBe('10');
    expect(cart?.data).toContain('One of 5 missing-owner findings with one cause: owners point at namespace default; the groups are in namespace acme.');
    // GitHub shows the first ten annotations of a kind: each cause comes once before any comes twice.
    const errors = commands.filter((c) => c.name === 'error').slice(0, 3).map((c) => c.data);
    expect(errors.some((d) => d.includes('One of 5'))).toBe(true);
    expect(errors.some((d) => d.includes('One of 2'))).toBe(true);
    expect(errors.some((d) => d.includes('ghost-team'))).toBe(true);
    expect(commands.filter((c) => c.name === 'warning' && c.properties['title']?.startsWith('teamfit person-owns-system'))).toHaveLength(2);
  });

  it('escapes %, CR and LF in data and also : and , in properties, so catalog text cannot forge a command', async () => {
    const result = sampleResultCopy();
    const [finding] = result.findings;
    if (!finding?.location) throw new Error('fixture changed');
    const evil = '100% sure,\r\n::error file=x.yaml::forged: a, b\u001b[31m';
    finding.message = evil;
    finding.subject = 'component:default/a,b:c';
    finding.location = { file: 'cat,alog:dir\\x.yaml', line: 3, column: 1 };
    result.diagnostics = [{ severity: 'info', code: 'note', message: 'a\nb' }];
    const text = await github(result);
    const { commands } = commandsOf(text);
    const first = commands.find((c) => c.properties['title'] === `teamfit ${finding.ruleId}: component:default/a,b:c`);
    // A line break from the catalog stays one (CR LF read as LF), encoded, inside the one command.
    expect(first?.data.startsWith('100% sure,\n::error file=x.yaml::forged: a, b\\u001B[31m ')).toBe(true);
    expect(text).toContain('100%25 sure,%0A::error file=x.yaml::forged');
    expect(first?.properties).toMatchObject({ file: 'cat,alog:dir/x.yaml', line: '3', col: '1', title: `teamfit ${finding.ruleId}: component:default/a,b:c` });
    expect(text).not.toContain('\u001b');
    expect(text.split('\n').filter((line) => line.startsWith('::error file=x.yaml'))).toEqual([]);
    expect(commands.at(-1)).toEqual({ name: 'notice', properties: { title: 'teamfit note' }, data: 'a\nb' });
    expect(commands.filter((c) => c.name === 'notice').length).toBe(2);
  });
});
