import { describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../src/result/index.js';
import { renderReport } from '../../src/report/index.js';
import { escapeMarkdown } from '../../src/report/escape-markdown.js';
import { sanitizeForTerminal } from '../../src/report/sanitize.js';
import { sampleResultCopy } from '../fixtures/report/sample-result.js';

const HOSTILE_NAME = 'system:default/<img src=x onerror=alert(1)>';
const HOSTILE_TEXT = 'red \u001b[31malert\u001b[0m | pipe | [link](http://evil) *bold* _it_ `code`\nsecond line';

function hostileResult(): AnalysisResult {
  const result = sampleResultCopy();
  const system = result.systems[0];
  const finding = result.findings[0];
  if (!system || !finding) throw new Error('fixture changed');
  system.ref = HOSTILE_NAME;
  system.architecture.reason = HOSTILE_TEXT;
  finding.subject = HOSTILE_NAME;
  finding.message = HOSTILE_TEXT;
  result.diagnostics.push({ severity: 'error', code: 'x\u001b]0;pwned\u0007', message: '# heading\r\nbell\u0007 c1\u009b2J' });
  return AnalysisResult.parse(result);
}

describe('sanitizeForTerminal', () => {
  it('shows control characters and bidi overrides as visible escapes, never drops them, keeps newlines', () => {
    expect(sanitizeForTerminal('a\u001b[31mb\u001b[0mc')).toBe('a\\u001B[31mb\\u001B[0mc');
    expect(sanitizeForTerminal('a\u001b]0;title\u0007b')).toBe('a\\u001B]0;title\\u0007b');
    expect(sanitizeForTerminal('a\u009b2Jb\u0085c')).toBe('a\\u009B2Jb\\u0085c');
    expect(sanitizeForTerminal('a\u0000b\u0008c\u007fd\r\ne\rf\tg')).toBe('a\\u0000b\\u0008c\\u007Fd\ne\\u000Df g');
    expect(sanitizeForTerminal('ab\u202ecd.yaml')).toBe('ab\\u202Ecd.yaml');
    expect(sanitizeForTerminal('plain: ünïcode ✓')).toBe('plain: ünïcode ✓');
  });
});

describe('escapeMarkdown', () => {
  it('neutralises HTML, inline markup, links and table pipes', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('a|b *c* _d_ `e` [f](g) ~h~ \\')).toBe('a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\~h\\~ \\\\');
    expect(escapeMarkdown('&amp;')).toBe('&amp;amp;');
  });

  it('escapes block syntax at the start and keeps values on one line', () => {
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('version 0.1.0')).toBe('version 0.1.0');
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
    expect(escapeMarkdown('x\u001b[31my')).toBe('x\\\\u001B\\[31my');
  });
});

describe('reporters with hostile input', () => {
  it('terminal output carries no control characters from the input', async () => {
    const text = await renderReport(hostileResult(), 'terminal', { color: false });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('red \\u001B[31malert\\u001B[0m | pipe');
    expect(text).toContain(HOSTILE_NAME);
  });

  it('coloured terminal output has only its own SGR sequences', async () => {
    const text = await renderReport(hostileResult(), 'terminal', { color: true });
    const withoutSgr = text.replace(/\u001b\[\d+m/g, '');
    expect(withoutSgr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).not.toContain('\u001b[31malert');
  });

  it.each(['summary', 'full'] as const)('markdown output (%s) has no raw HTML, no broken tables and no control characters', async (detail) => {
    const text = await renderReport(hostileResult(), 'markdown', { color: false, detail });
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('red \\\\u001B\\[31malert\\\\u001B\\[0m \\| pipe \\| \\[link\\](http://evil) \\*bold\\* \\_it\\_ \\`code\\`<br>second line');
    // Every row of every table keeps its column count: no unescaped pipe came from the input.
    for (const block of text.split('\n\n').filter((part) => part.startsWith('| '))) {
      const counts = block.trimEnd().split('\n').map((row) => row.split(/(?<!\\)\|/).length);
      expect(new Set(counts).size).toBe(1);
    }
    if (detail === 'full') expect(text).toContain('| \\# heading<br>bell\\\\u0007 c1\\\\u009B2J |');
  });

  it('json output keeps the input exactly', async () => {
    const text = await renderReport(hostileResult(), 'json', { color: false });
    expect(JSON.parse(text)).toEqual(hostileResult());
  });
});

describe('names with bidi or control characters stay pointing at the real file', () => {
  const NAME = 'teams/evil\u202Elmay.yaml';
  function withName(): AnalysisResult {
    const result = sampleResultCopy();
    result.diagnostics.push({ severity: 'warning', code: 'yaml-syntax', message: `${NAME} is odd`, file: NAME, line: 2, column: 1 });
    return AnalysisResult.parse(result);
  }

  it('SARIF percent-encodes the character in the artifact URI and escapes it visibly in messages', async () => {
    const sarif = JSON.parse(await renderReport(withName(), 'sarif', { color: false })) as {
      runs: Array<{ invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string }; locations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }>;
    };
    const notes = sarif.runs[0]?.invocations[0]?.toolExecutionNotifications ?? [];
    const note = notes.find((entry) => entry.message.text.includes('is odd'));
    expect(note?.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe('teams/evil%E2%80%AElmay.yaml');
    expect(decodeURIComponent(note?.locations?.[0]?.physicalLocation.artifactLocation.uri ?? '')).toBe(NAME);
    expect(note?.message.text).toBe('teams/evil\\u202Elmay.yaml is odd');
  });

  it('terminal output shows the character as \\u202E', async () => {
    const text = await renderReport(withName(), 'terminal', { color: false });
    expect(text).toContain('teams/evil\\u202Elmay.yaml');
    expect(text).not.toContain('\u202E');
  });
});
