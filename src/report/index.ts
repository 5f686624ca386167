import type { AnalysisResult } from '../result/index.js';
import type { ReportOptions, Reporter } from './types.js';

export type { Detail, ReportOptions, Reporter } from './types.js';
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

/** Render an analysis result in one of {@link FORMATS}. */
export async function renderReport(result: AnalysisResult, format: ReportFormat, options: ReportOptions): Promise<string> {
  const render = await loaders[format]();
  return render(result, options);
}
