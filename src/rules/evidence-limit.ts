/**
 * Members kept in one evidence list. A hub (a database 20,000 components use, a system split across hundreds
 * of teams) would otherwise copy every member into its finding, and the result would grow with the square of
 * the organisation; the evidence keeps the first ones and says how many there are in all.
 */
export const KEPT_IN_EVIDENCE = 100;

/** The first {@link KEPT_IN_EVIDENCE} items. */
export function kept<T>(items: readonly T[]): T[] {
  return items.slice(0, KEPT_IN_EVIDENCE);
}
