import type { AnalysisResult } from '../result/index.js';
import type { ReportOptions, ReportText, Reporter } from './types.js';

export type { Detail, ReportOptions, ReportText, Reporter } from './types.js';
export { DETAILS } from './types.js';

export const FORMATS = ['terminal', 'json', 'markdown', 'html', 'sarif', 'github', 'junit'] as const;
export type ReportFormat = (typeof FORMATS)[number];

// Loaded on demand so `--format json` never pays for the terminal or markdown code.
const loaders: Record<ReportFormat, () => Promise<Reporter>> = {
  terminal: async () => (await import('./terminal/terminal.js')).renderTerminal,
  json: async () => (await import('./json.js')).renderJson,
  markdown: async () => (await import('./markdown/markdown.js')).renderMarkdown,
  sarif: async () => (await import('./sarif.js')).renderSarif,
  github: async () => (await import('./github.js')).renderGithub,
  junit: async () => (await import('./junit.js')).renderJunit,
  html: async () => {
    const [{ createHtmlReporter }, { loadHtmlAssets }] = await Promise.all([import('./html/html.js'), import('./html/assets.js')]);
    return createHtmlReporter(await loadHtmlAssets());
  },
};

export function isReportFormat(value: string): value is ReportFormat {
  return (FORMATS as readonly string[]).includes(value);
}

/**
 * Render an analysis result in one of {@link FORMATS} as one string. A JSON, SARIF or HTML report of a very big
 * organisation can pass V8's string limit (~512 MiB): {@link streamReport} gives it in pieces instead.
 */
export async function renderReport(result: AnalysisResult, format: ReportFormat, options: ReportOptions): Promise<string> {
  const text = await streamReport(result, format, options);
  return typeof text === 'string' ? text : [...text].join('');
}

/** Render an analysis result in one of {@link FORMATS}, as a string or as pieces that join to it (write them in order). */
export async function streamReport(result: AnalysisResult, format: ReportFormat, options: ReportOptions): Promise<ReportText> {
  const render = await loaders[format]();
  return render(result, options);
}
