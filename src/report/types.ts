import type { AnalysisResult } from '../result/index.js';

/** How much a report shows: a summary sized for a pull-request comment or a terminal, or everything. */
export const DETAILS = ['summary', 'full'] as const;
export type Detail = (typeof DETAILS)[number];

export interface ReportOptions {
  /** ANSI colour; only the terminal reporter uses it. */
  color: boolean;
  /** Markdown and terminal: `summary` (the default) groups findings by cause and caps lists; `full` lists everything. */
  detail?: Detail;
}

/** A reporter is pure: the same result and options always give the same text. */
export type Reporter = (result: AnalysisResult, options: ReportOptions) => string;
