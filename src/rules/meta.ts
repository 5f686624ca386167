import type { RuleId, Severity } from '../result/index.js';

export type RuleCategory = 'ownership' | 'architecture' | 'team-fit' | 'anti-pattern' | 'history';

export interface RuleMeta {
  title: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** One sentence: what the rule detects. */
  description: string;
}

/** The compiler demands an entry for every rule in the Finding union. */
export const RULE_META: Record<RuleId, RuleMeta> = {
  'devops-team-owns-system': {
    title: 'A DevOps, SRE or ops team owns a system others build',
    category: 'anti-pattern',
    defaultSeverity: 'error',
    description: 'A team declared or named "DevOps" is the owner of a System or deployable Component; or one named or declared SRE/ops owns one that other teams build.',
  },
  'missing-owner': {
    title: 'Owner missing or unresolved',
    category: 'ownership',
    defaultSeverity: 'error',
    description: 'An entity has no spec.owner, or its owner does not resolve to a Group or User in the catalog.',
  },
  'person-owns-system': {
    title: 'A person, not a team, owns a system',
    category: 'ownership',
    defaultSeverity: 'warning',
    description: 'A User, not a Group, owns a System or a deployable Component.',
  },
  'ownership-split': {
    title: "A system's ownership is split with dependencies both ways",
    category: 'architecture',
    defaultSeverity: 'warning',
    description: "A system's components are owned by several teams and dependencies cross between them in both directions.",
  },
  'shared-resource': {
    title: 'A data-holding resource is shared across teams',
    category: 'architecture',
    defaultSeverity: 'warning',
    description: 'A database, storage or queue Resource is depended on by components of two or more owning teams.',
  },
  'dependency-cycle': {
    title: 'Dependency cycle among components',
    category: 'architecture',
    defaultSeverity: 'warning',
    description: 'Components depend on each other in a cycle, directly or through the APIs they provide and consume.',
  },
  'tight-coupling': {
    title: 'System measured as a micro-monolith',
    category: 'architecture',
    defaultSeverity: 'warning',
    description: 'A system with several deployable units is tightly coupled: a micro-monolith, which no team structure fits well.',
  },
  'ops-handoff': {
    title: 'Microservices built by one team and run by another',
    category: 'team-fit',
    defaultSeverity: 'warning',
    description: 'Services of a microservices system are operated by a team other than the one that builds them.',
  },
  'structure-mismatch': {
    title: "Team structure does not fit the system's architecture",
    category: 'team-fit',
    defaultSeverity: 'warning',
    description: "The teams owning or operating a system have structures the model does not pair with the system's architecture.",
  },
  'architecture-drift': {
    title: 'Declared architecture differs from the measured one',
    category: 'architecture',
    defaultSeverity: 'warning',
    description: 'A System declares teamfit.dev/architecture, and the evidence says otherwise.',
  },
  'low-team-alignment': {
    title: 'A component is changed mostly from outside its owning team',
    category: 'history',
    defaultSeverity: 'warning',
    description: "Most changes to a component in git come from people outside the team that owns it.",
  },
  'knowledge-island': {
    title: "A component's knowledge sits with one person",
    category: 'history',
    defaultSeverity: 'warning',
    description: 'One person made almost all changes to a component: its truck factor is one.',
  },
  'cross-team-coupling': {
    title: 'Components of different teams change together',
    category: 'history',
    defaultSeverity: 'warning',
    description: 'Two components owned by different teams are strongly coupled in git history.',
  },
  'sre-gatekeeper': {
    title: 'An SRE or operations team gates the code of teams it supports',
    category: 'history',
    defaultSeverity: 'warning',
    description: "CODEOWNERS makes an SRE or ops team a required reviewer of other teams' application code.",
  },
};

export const RULE_IDS = Object.keys(RULE_META) as RuleId[];

/** Where a rule's documentation lives, relative to the package root. */
export function docsUrl(ruleId: RuleId): string {
  return `docs/rules/${ruleId}.md`;
}
