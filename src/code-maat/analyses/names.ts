/** code-maat's analyses by the names code-maat gives them, in its order: what the CLI offers before loading any. */
export const ANALYSIS_NAMES = [
  'revisions',
  'authors',
  'coupling',
  'soc',
  'entity-ownership',
  'main-dev',
  'main-dev-by-revs',
  'entity-effort',
  'fragmentation',
  'communication',
  'age',
  'abs-churn',
  'author-churn',
  'entity-churn',
  'summary',
] as const;

export type AnalysisName = (typeof ANALYSIS_NAMES)[number];

export function isAnalysisName(name: string): name is AnalysisName {
  return (ANALYSIS_NAMES as readonly string[]).includes(name);
}
