import type { Config } from '../config/schema.js';
import type { EntityRef, ModelEntity } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';
import { refMatcher, valueMatcher } from './ref-pattern.js';
import { configuredTeam } from './team-declaration.js';

export interface SkillMix {
  dev: EntityRef[];
  ops: EntityRef[];
  other: EntityRef[];
  unknown: EntityRef[];
  /** Members whose role comes from the config (`roles:` or a team's `memberRole`), not from the catalog. */
  configured: EntityRef[];
}

const OPS_ROLES = new Set(['ops', 'sre']);

/** Members by role: `teamfit.dev/role` first, then the config's `roles:`, then a `teams:` entry's `memberRole`. */
export function skillMix(index: ModelIndex, team: ModelEntity, members: readonly EntityRef[], config: Config): SkillMix {
  const mix: SkillMix = { dev: [], ops: [], other: [], unknown: [], configured: [] };
  const configuredRole = roleRules(index, config);
  for (const member of members) {
    const user = index.entity(member);
    const declared = user?.role;
    const role = declared || (user ? configuredRole(user, team) : undefined);
    if (!declared && role) mix.configured.push(member);
    if (role === undefined || role === '') mix.unknown.push(member);
    else if (role === 'dev') mix.dev.push(member);
    else if (OPS_ROLES.has(role)) mix.ops.push(member);
    else mix.other.push(member);
  }
  return mix;
}

function roleRules(index: ModelIndex, config: Config): (user: ModelEntity, team: ModelEntity) => string | undefined {
  const rules = config.roles.map((rule) => {
    const isUser = rule.users ? refMatcher(rule.users, 'user') : () => true;
    const inGroup = rule.memberOf ? refMatcher(rule.memberOf, 'group') : undefined;
    const annotations = Object.entries(rule.annotation ?? {}).map(([key, value]) => [key, valueMatcher(value)] as const);
    const labels = Object.entries(rule.label ?? {}).map(([key, value]) => [key, valueMatcher(value)] as const);
    return (user: ModelEntity) =>
      isUser(user.ref) &&
      (!inGroup || index.targets(user.ref, 'memberOf').some(inGroup)) &&
      annotations.every(([key, matches]) => matches(user.annotations[key])) &&
      labels.every(([key, matches]) => matches(user.labels?.[key])) ? rule.role : undefined;
  });
  return (user, team) => {
    for (const rule of rules) {
      const role = rule(user);
      if (role) return role;
    }
    // The team's own default first, then that of any other team the person belongs to.
    const groups = [team, ...index.targets(user.ref, 'memberOf').map((ref) => index.entity(ref)).filter((g): g is ModelEntity => g !== undefined && g.ref !== team.ref)];
    for (const group of groups) {
      const role = configuredTeam(group, config)?.memberRole;
      if (role) return role;
    }
    return undefined;
  };
}
