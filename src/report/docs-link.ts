import type { RuleId } from '../result/index.js';
import { docsUrl } from '../rules/meta.js';

/**
 * An absolute link to a rule's doc page for this teamfit version: the docs ship in the npm package, and a
 * relative path means nothing in a pull-request comment, a CI log or a code-scanning UI.
 */
export function ruleDocsLink(version: string, ruleId: RuleId): string {
  return `${packageBase(version)}${docsUrl(ruleId)}`;
}

/** Where files of the published package are served, e.g. README.md. */
export function packageBase(version: string): string {
  return `https://unpkg.com/teamfit@${encodeURIComponent(version)}/`;
}
