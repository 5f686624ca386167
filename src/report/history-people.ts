import type { AuthorMatching, BotIdentity } from '../result/index.js';
import { joinTruncated, plural } from './format.js';

const METHODS: Record<string, string> = {
  email: 'profile e-mail',
  'git-emails': 'teamfit.dev/git-emails',
  'noreply-id': 'noreply user id',
  'noreply-login': 'noreply login',
  'user-name': 'login = User name (weak)',
};

/** `12 of 15 authors (340 of 410 commits) matched to catalog Users: 8 by noreply login, 4 by profile e-mail`. */
export function matchingLine(matching: AuthorMatching): string {
  const how = matching.matched.byMethod.map((m) => `${m.authors} by ${METHODS[m.method] ?? m.method}`);
  return `${matching.matched.authors} of ${plural(matching.authors, 'author')} (${matching.matched.commits} of ${plural(matching.commits, 'commit')}) matched to catalog Users${how.length > 0 ? `: ${how.join(', ')}` : ''}`;
}

/** The unmatched authors with the most commits, as `Name <id> (n)`; '' when every author was matched. */
export function unmatchedLine(matching: AuthorMatching): string {
  const { unmatched } = matching;
  if (unmatched.authors === 0) return '';
  const top = unmatched.top.map((a) => `${a.name} <${a.id}> (${a.revisions})`);
  const rest = unmatched.authors - top.length;
  return `not matched: ${plural(unmatched.authors, 'author')}, ${plural(unmatched.commits, 'commit')}; most commits: ${top.join(', ')}${rest > 0 ? ` ... and ${rest} more` : ''}`;
}

/** Every identity taken as a bot, with its commits and the rule; '' when there were none. */
export function botsLine(bots: readonly BotIdentity[], limit = 10): string {
  if (bots.length === 0) return '';
  const named = bots.map((b) => `${b.name} <${b.email}> (${b.commits}, ${b.source === 'config' ? 'git.bots ' : ''}${b.rule})`);
  return `taken as bots (${bots.length}): ${joinTruncated(named, limit)}`;
}
