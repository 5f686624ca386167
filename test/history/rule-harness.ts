/** Runs the rules over the shop fixture with a synthetic history. */
import path from 'node:path';
import { analyzeOrg } from '../../src/analyze/analyze-org.js';
import { collectHistory } from '../../src/analyze/history/collect-history.js';
import { DEFAULT_HISTORY_OPTIONS } from '../../src/analyze/history/options.js';
import { locateComponents } from '../../src/analyze/history/source-location.js';
import type { HistoryCommit } from '../../src/analyze/history/types.js';
import { Config, type ConfigInput } from '../../src/config/schema.js';
import { Finding } from '../../src/result/index.js';
import { runRules } from '../../src/rules/run-rules.js';
import { fixtures, indexOf, stream } from './helpers.js';
export { commit } from './helpers.js';

const repo = { repository: 'monorepo', keys: ['git.shop.example/shop/monorepo'], name: 'monorepo' };
export const times = (n: number, make: () => HistoryCommit) => Array.from({ length: n }, make);

export async function findingsFor(commits: HistoryCommit[], configInput: ConfigInput = {}) {
  const index = await indexOf(path.join(fixtures, 'shop'));
  const config = Config.parse(configInput);
  const locations = locateComponents(index.ofKind('component'), [repo]);
  const evidence = await collectHistory(index, [{ repository: 'monorepo', shallow: false, read: stream(commits) }], locations, DEFAULT_HISTORY_OPTIONS);
  const findings = runRules({ index, analysis: analyzeOrg(index, config, { history: evidence }), config });
  return findings.map((finding) => Finding.parse(finding));
}

export const ofRule = (findings: Finding[], ruleId: Finding['ruleId']) => findings.filter((finding) => finding.ruleId === ruleId);

