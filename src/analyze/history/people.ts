import type { EntityRef } from '../../result/index.js';
import type { ModelIndex } from '../../model/model-index.js';

export interface PersonMatch {
  user: EntityRef;
  teams: EntityRef[];
}

/**
 * Matches git authors (after .mailmap) to catalog Users by e-mail: spec.profile.email and the
 * `teamfit.dev/git-emails` annotation (comma-separated), compared case-insensitively.
 */
export function peopleMatcher(index: ModelIndex): (email: string) => PersonMatch | undefined {
  const byEmail = new Map<string, PersonMatch>();
  for (const user of index.ofKind('user')) {
    const match = { user: user.ref, teams: index.targets(user.ref, 'memberOf').filter((ref) => ref.startsWith('group:')) };
    const emails = [user.email, ...(user.annotations['teamfit.dev/git-emails'] ?? '').split(',')];
    for (const email of emails) {
      const key = email?.trim().toLowerCase();
      if (key && !byEmail.has(key)) byEmail.set(key, match);
    }
  }
  return (email) => byEmail.get(email.trim().toLowerCase());
}
