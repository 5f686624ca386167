import type { EntityRef, ModelEntity } from '../../result/index.js';
import type { ModelIndex } from '../../model/model-index.js';
import { loginOfAnnotation, noreplyIdentities, type NoreplyIdentity } from './noreply.js';

/** How an author was tied to a User, strongest first; `user-name` is the weak one. */
export type MatchMethod = 'email' | 'git-emails' | 'noreply-id' | 'noreply-login' | 'user-name';

export interface PersonMatch {
  user: EntityRef;
  teams: EntityRef[];
  by: MatchMethod;
}

export interface PeopleOptions {
  /** Match a noreply login to the one User whose metadata.name it is, when no annotation claims the login. */
  loginMatchesUserName: boolean;
}

type Person = Omit<PersonMatch, 'by'>;
type Step = [MatchMethod, (identity: NoreplyIdentity) => Person | undefined];

/**
 * Matches git authors (by e-mail, after .mailmap) to catalog Users: by `spec.profile.email` and the
 * `teamfit.dev/git-emails` annotation; for GitHub's and GitLab's noreply addresses, by the user id or login
 * in them against `<host>/user-id` and `<host>/user-login` (what Backstage's GitHub and GitLab org providers
 * write); then, weakly, by the login as the User's metadata.name (Backstage's own sign-in convention).
 * A login or name that two Users claim matches neither.
 */
export function peopleMatcher(index: ModelIndex, options: PeopleOptions = { loginMatchesUserName: true }): (email: string) => PersonMatch | undefined {
  const byEmail = new Map<string, PersonMatch>();
  const ids = new Claims();
  const logins = new Claims();
  const anyHostLogins = new Claims();
  const names = new Claims();
  const users = index.ofKind('user');
  const person = (user: ModelEntity): Person => ({ user: user.ref, teams: index.targets(user.ref, 'memberOf').filter((ref) => ref.startsWith('group:')) });
  // Profile e-mails first: an address someone also lists in git-emails stays with its owner.
  for (const user of users) addEmail(byEmail, user.email, { ...person(user), by: 'email' });
  for (const user of users) {
    const found = person(user);
    for (const email of (user.annotations['teamfit.dev/git-emails'] ?? '').split(',')) addEmail(byEmail, email, { ...found, by: 'git-emails' });
    for (const [key, value] of Object.entries(user.annotations)) {
      const annotation = /^(.+)\/user-(login|id)$/.exec(key.toLowerCase());
      if (!annotation) continue;
      const host = annotation[1] ?? '';
      if (annotation[2] === 'id') ids.add(`${host}\u0000${value.trim()}`, found);
      const login = annotation[2] === 'login' ? loginOfAnnotation(value) : undefined;
      if (login) {
        logins.add(`${host}\u0000${login}`, found);
        anyHostLogins.add(login, found);
      }
    }
    names.add(user.name.toLowerCase(), found);
  }
  const steps: Step[] = [
    ['noreply-id', (identity) => (identity.id === undefined ? undefined : ids.one(`${identity.host}\u0000${identity.id}`))],
    ['noreply-login', (identity) => logins.one(`${identity.host}\u0000${identity.login}`)],
    // Backstage's GitHub org provider writes github.com/user-login on GitHub Enterprise too: any host will do when one User claims the login.
    ['noreply-login', (identity) => anyHostLogins.one(identity.login)],
  ];
  if (options.loginMatchesUserName) steps.push(['user-name', (identity) => names.one(identity.login)]);
  const decide = (key: string): PersonMatch | undefined => {
    const direct = byEmail.get(key);
    if (direct) return direct;
    const identities = noreplyIdentities(key);
    for (const [by, step] of steps) {
      for (const identity of identities) {
        const found = step(identity);
        if (found) return { ...found, by };
      }
    }
    return undefined;
  };
  // Asked once per author and component: remember the answers.
  const answers = new Map<string, PersonMatch | undefined>();
  return (email) => {
    const key = email.trim().toLowerCase();
    if (!answers.has(key)) answers.set(key, decide(key));
    return answers.get(key);
  };
}

function addEmail(byEmail: Map<string, PersonMatch>, email: string | undefined, match: PersonMatch): void {
  const key = email?.trim().toLowerCase();
  if (key && !byEmail.has(key)) byEmail.set(key, match);
}

/** Users by a key they claim; a key claimed by two Users belongs to neither. */
class Claims {
  private readonly claims = new Map<string, Person[]>();

  add(key: string, person: Person): void {
    const list = this.claims.get(key) ?? [];
    if (!list.some((p) => p.user === person.user)) list.push(person);
    this.claims.set(key, list);
  }

  one(key: string): Person | undefined {
    const list = this.claims.get(key);
    return list?.length === 1 ? list[0] : undefined;
  }
}
