import type { AnalysisResult } from '../result/index.js';

/** How much a report shows: a summary sized for a pull-request comment or a terminal, or everything. */
export const DETAILS = ['summary', 'full'] as const;
export type Detail = (typeof DETAILS)[number];

export interface ReportOptions {
  /** ANSI colour; only the terminal reporter uses it. */
  color: boolean;
  /** Markdown and terminal: `summary` (the default) groups findings by cause and caps lists; `full` lists everything. */
  detail?: Detail;
  /** Base URL of the organisation's Backstage; the HTML report links each entity to its page there. */
  backstageUrl?: string | undefined;
}

/**
 * A report's text: one string, or pieces in order that join to it. Reporters of formats that grow with the
 * organisation (JSON, SARIF, HTML) give pieces, so a big result is written without ever being one string.
 */
export type ReportText = string | Iterable<string>;

/** A reporter is pure: the same result and options always give the same text. */
export type Reporter = (result: AnalysisResult, options: ReportOptions) => ReportText;
