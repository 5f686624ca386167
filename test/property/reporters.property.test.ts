import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import type { AnalysisResult } from '../../src/result/index.js';
import { sampleResultCopy } from '../fixtures/report/sample-result.js';

/** Text a hostile catalog could carry: any code point, biased towards what breaks terminals and tables. */
const hostile = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.constantFrom('|', '\n', '\r', '\r\n', '\t', '\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '-', ' ') },
    { weight: 1, arbitrary: fc.constantFrom('\u001b[2J', '\u001b]0;pwned\u0007', '\u009b31m', '\u0085', '\u2028', '\u202e', '\u0000', '\u007f') },
  ),
  maxLength: 40,
});

interface Injected {
  name: string;
  title: string;
  description: string;
  message: string;
}

/** The sample result with hostile strings wherever catalog text reaches a report. */
function withHostileText({ name, title, description, message }: Injected): AnalysisResult {
  const result = sampleResultCopy();
  const [system] = result.systems;
  const [team] = result.teams;
  const [finding] = result.findings;
  const [entity] = result.model.entities;
  if (!system || !team || !finding || !entity) throw new Error('sample result changed');
  system.ref = `system:default/${name}`;
  system.title = title;
  system.architecture.reason = description;
  system.components = [...system.components, `component:default/${name}`];
  team.ref = `group:default/${name}`;
  team.title = title;
  entity.name = name;
  entity.description = description;
  finding.subject = `system:default/${name}`;
  finding.message = message;
  finding.recommendation = description;
  result.diagnostics.push({ severity: 'warning', code: name, message, file: `${title}.yaml`, line: 1, column: 1, entity: `component:default/${name}` });
  return result;
}

const RUNS = { numRuns: 100 };
const injected = fc.record({ name: hostile, title: hostile, description: hostile, message: hostile });

/** Cells of a Markdown table row: pipes not escaped by a backslash. */
function cellCount(row: string): number {
  let cells = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') cells++;
  }
  return cells;
}

describe('reporters on hostile catalog text (property)', () => {
  it('terminal output holds no control character but newline, with or without colour', async () => {
    await fc.assert(
      fc.asyncProperty(injected, async (texts) => {
        const result = withHostileText(texts);
        const plain = await renderReport(result, 'terminal', { color: false });
        expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        // With colour, the palette's own SGR codes are the only escapes allowed.
        const colored = (await renderReport(result, 'terminal', { color: true })).replace(/\u001b\[[0-9;]*m/g, '');
        expect(colored).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      }),
      RUNS,
    );
  });

  it('markdown tables keep their column count (no cell breaks a row or adds a pipe)', async () => {
    await fc.assert(
      fc.asyncProperty(injected, async (texts) => {
        const markdown = await renderReport(withHostileText(texts), 'markdown', { color: false });
        // CommonMark ends a line at LF, CR or CRLF: a raw CR in a cell would split its row too.
        const lines = markdown.split(/\r\n|\r|\n/);
        for (let i = 0; i < lines.length; i++) {
          if (!lines[i]?.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
          const header = cellCount(lines[i] ?? '');
          for (let j = i + 1; lines[j]?.startsWith('|'); j++) expect(cellCount(lines[j] ?? ''), `line ${j + 1}: ${lines[j]}`).toBe(header);
        }
      }),
      RUNS,
    );
  });
});
