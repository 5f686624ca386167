/**
 * What a code host's private commit address says about its user. GitHub writes `ID+login@users.noreply.github.com`
 * (older accounts `login@users.noreply.github.com`); GitLab writes `ID-login@users.noreply.gitlab.com`;
 * self-hosted instances (GitHub Enterprise, GitLab) use `users.noreply.<their host>`.
 */
export interface NoreplyIdentity {
  /** The host whose users these are: `github.com`, `gitlab.com`, `gitlab.example.com`. */
  host: string;
  id?: string;
  login: string;
}

const NOREPLY = /^(.+)@users\.noreply\.([^@\s]+)$/i;

/**
 * The identities an address may stand for, most likely first. `12-ab@` is GitLab's id 12 and login ab, but on
 * GitHub it may be the old form of the login `12-ab` itself, so both are offered.
 */
export function noreplyIdentities(email: string): NoreplyIdentity[] {
  const match = NOREPLY.exec(email.trim());
  if (!match) return [];
  const local = (match[1] ?? '').toLowerCase();
  const host = (match[2] ?? '').toLowerCase();
  const withId = /^(\d+)([+-])(.+)$/.exec(local);
  if (!withId) return [{ host, login: local }];
  const [, id = '', separator, login = ''] = withId;
  return separator === '+' ? [{ host, id, login }] : [{ host, id, login }, { host, login: local }];
}

/**
 * The login an annotation value names: a bare login (`github.com/user-login: octocat`), an `@login`, or the
 * profile URL Backstage's GitLab org provider writes (`gitlab.com/user-login: https://gitlab.com/jdoe`).
 */
export function loginOfAnnotation(value: string): string | undefined {
  const trimmed = value.trim().replace(/\/+$/, '');
  const last = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed.split('/').pop() : trimmed;
  const login = last?.replace(/^@/, '').toLowerCase();
  return login ? login : undefined;
}
