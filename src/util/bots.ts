/**
 * Who is a bot, for every stage that reads git authors (analyze's history, `teamfit mine`, discovery).
 *
 * One pattern syntax for the built-in list and for `git.bots`: a pattern is matched whole and
 * case-insensitively against the author name and against the e-mail address; `*` stands for any run of
 * characters, every other character is itself. A pattern starting with `!` names people who are never
 * bots (a surname Bot, say), whatever else matches.
 */

/** Known automation identities: dependency updaters, CI systems, code-hosting apps, translation bots. */
export const BUILT_IN_BOTS: readonly string[] = [
  // GitHub Apps commit as `name[bot] <ID+name[bot]@users.noreply.github.com>`.
  '*[bot]*',
  '*dependabot*',
  '*renovate*',
  '*greenkeeper*',
  'github-actions*',
  'github action*',
  'actions@github.com',
  'copilot',
  'copilot-swe-agent*',
  'snyk-bot*',
  'pre-commit-ci*',
  'mergify*',
  'semantic-release-bot*',
  'allcontributors*',
  'all-contributors*',
  'imgbot*',
  '*whitesource*',
  'release-please*',
  'deepsource-autofix*',
  'autofix-ci*',
  'kodiakhq*',
  'codecov*',
  'fluxcdbot*',
  'argocd-image-updater*',
  // GitLab project and group access tokens act through bot users named project_<id>_bot_<hash>.
  'project_*_bot*',
  'group_*_bot*',
  'gitlab-ci*',
  'gitlab ci*',
  'jenkins',
  'jenkins ci*',
  'jenkins-ci*',
  'travis ci*',
  'travis-ci*',
  '*@travis-ci.*',
  'circleci*',
  'azure pipelines*',
  'azure-pipelines*',
  'teamcity*',
  'buildkite*',
  'weblate*',
  'hosted weblate*',
  'crowdin*',
  'transifex*',
];

/**
 * Names and logins that end in the word bot (or robot): after a space, `-`, `_`, `.` or a bracket
 * (`Taylor Bot`, `ci-bot`, `Weblate (bot)`, `k8s-ci-robot`), or as a capitalised hump after a lower-case
 * letter or digit (`ArchitectBot`, `ImgBot`). A lower-case `bot` glued to a word is not a suffix:
 * `Abbot`, `Talbot` and `Cabot` are surnames.
 */
const SEPARATED = /(?:^|[\s\-_.([])(?:ro)?bot[\])]?$/i;
const CAMEL = /[a-z0-9](?:Bot|BOT|Robot|ROBOT)$/;

export interface BotMatch {
  /** The pattern that matched, or the suffix rule. */
  rule: string;
  source: 'built-in' | 'config';
}

/** Tells whether an author (name, e-mail) is a bot, and by which rule; undefined for people. */
export type BotMatcher = (name: string, email: string) => BotMatch | undefined;

export const SUFFIX_RULE = 'name or login ends in bot';

/** The built-in bots plus `patterns` (config), negations first. Answers are remembered per identity. */
export function botMatcher(patterns: readonly string[] = []): BotMatcher {
  const people = patterns.filter((p) => p.startsWith('!')).map((p) => compiled(p.slice(1)));
  const extra = patterns.filter((p) => !p.startsWith('!')).map((p) => ({ pattern: p, test: compiled(p) }));
  const builtIn = BUILT_IN_BOTS.map((p) => ({ pattern: p, test: compiled(p) }));
  const seen = new Map<string, BotMatch | undefined>();
  const decide = (name: string, email: string): BotMatch | undefined => {
    const either = (test: RegExp) => test.test(name) || test.test(email);
    if (people.some(either)) return undefined;
    const configured = extra.find((p) => either(p.test));
    if (configured) return { rule: configured.pattern, source: 'config' };
    const known = builtIn.find((p) => either(p.test));
    if (known) return { rule: known.pattern, source: 'built-in' };
    return hasBotSuffix(name) || hasBotSuffix(loginOf(email)) ? { rule: SUFFIX_RULE, source: 'built-in' } : undefined;
  };
  return (name, email) => {
    const key = `${name}\u0000${email}`;
    if (!seen.has(key)) seen.set(key, decide(name, email));
    return seen.get(key);
  };
}

/** Whether an author is a bot by the built-in rules alone. */
export function isBot(name: string, email: string): boolean {
  return defaultMatcher(name, email) !== undefined;
}

const defaultMatcher = botMatcher();

export function hasBotSuffix(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && (SEPARATED.test(trimmed) || CAMEL.test(trimmed));
}

/** The user part of an address, without the numeric id GitHub (`ID+login`) and GitLab (`ID-login`) put first. */
function loginOf(email: string): string {
  const at = email.lastIndexOf('@');
  const local = at < 0 ? email : email.slice(0, at);
  return /^users\.noreply\./i.test(email.slice(at + 1)) ? local.replace(/^\d+[+-]/, '') : local;
}

function compiled(pattern: string): RegExp {
  const body = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 'i');
}
