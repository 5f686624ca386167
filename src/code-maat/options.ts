/** code-maat's analysis parameters, with its defaults. */
export interface MiningParameters {
  minRevs: number;
  minSharedRevs: number;
  minCoupling: number;
  maxCoupling: number;
  maxChangesetSize: number;
  /** Time zero for `age` (YYYY-MM-DD); today when absent. */
  ageTimeNow?: string;
}

export const CODE_MAAT_DEFAULTS: MiningParameters = {
  minRevs: 5,
  minSharedRevs: 5,
  minCoupling: 30,
  maxCoupling: 100,
  maxChangesetSize: 30,
};
