import type { AnalysisResult } from '../result/index.js';

export interface ReportOptions {
  /** ANSI colour; only the terminal reporter uses it. */
  color: boolean;
}

/** A reporter is pure: the same result and options always give the same text. */
export type Reporter = (result: AnalysisResult, options: ReportOptions) => string;
