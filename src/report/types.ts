import type { AnalysisResult } from '../result/index.js';

export interface ReportOptions {
  /** ANSI colour; only the terminal reporter uses it. */
  color: boolean;
  /** Base URL of the organisation's Backstage; the HTML report links each entity to its page there. */
  backstageUrl?: string | undefined;
}

/** A reporter is pure: the same result and options always give the same text. */
export type Reporter = (result: AnalysisResult, options: ReportOptions) => string;
