import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { AnalysisResult, ComponentHistory, EntityRef } from '../result/index.js';
import { ModelIndex } from '../model/index.js';
import { codeOwnerTeams } from '../model/codeowner-teams.js';
import { parseCodeowners, type CodeownersRule } from '../ingest/codeowners/index.js';
import { lineDiff } from './line-diff.js';

export interface CodeownersPatch {
  diff: string;
  /** What a person must do by hand (no handle known for a team, a rule shared with components that stay), as `# ` comment lines of the patch. */
  comments: string[];
}

interface RuleRef {
  file: string;
  line: number;
}

/**
 * The CODEOWNERS entries that would follow a plan's moves: where a moved component's files are assigned to
 * its old team (the handles the analysis maps to that group), the new team's handle takes its place. A rule
 * only that component uses is rewritten in place; a rule it shares is left alone and a rule for its folder
 * is appended (the last matching rule wins). The new team's handle is the one the analysis knows for it
 * (github.com/team-slug, or a CODEOWNERS handle that resolves to it); with none, the patch says so.
 */
export async function codeownersPatch(changes: ReadonlyMap<EntityRef, { from?: EntityRef; to: EntityRef }>, before: AnalysisResult, cwd: string): Promise<CodeownersPatch> {
  const history = before.history?.components ?? [];
  if (history.length === 0) return { diff: '', comments: [] };
  const teamOf = codeOwnerTeams(new ModelIndex(before.model));
  const handles = knownHandles(before, history, teamOf);
  const users = ruleUsers(history);
  const replaced = new Map<string, Map<number, string>>();
  const appended = new Map<string, string[]>();
  const comments: string[] = [];
  const texts = new Map<string, { text: string; rules: Map<number, CodeownersRule> } | undefined>();
  const read = async (file: string) => {
    if (!texts.has(file)) texts.set(file, await readRules(cwd, file));
    return texts.get(file);
  };
  const byRef = new Map(history.map((h) => [h.ref, h]));
  for (const [ref, { from, to }] of [...changes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const component = byRef.get(ref);
    if (!component || from === undefined) continue;
    const rules = component.codeOwners.filter((entry) => teamOf(entry.owner) === from).flatMap((entry) => entry.rules.map(parseRuleRef));
    const handle = handles.get(to);
    for (const rule of distinctRules(rules)) {
      const where = `${rule.file}:${rule.line}`;
      const found = await read(rule.file);
      const entry = found?.rules.get(rule.line);
      if (!found || !entry) {
        comments.push(`${ref}: ${where} names ${from}; not patched (the file is not under the working directory or changed since)`);
        continue;
      }
      if (handle === undefined) {
        comments.push(`${ref}: ${where} names ${from}; no CODEOWNERS handle is known for ${to} (give it a github.com/team-slug annotation): put its team there by hand`);
        continue;
      }
      const owners = [...new Set(entry.owners.map((owner) => (teamOf(owner) === from ? handle : owner)))];
      const sharedWith = (users.get(where) ?? []).filter((other) => other !== ref && changes.get(other)?.to !== to);
      if (sharedWith.length === 0 && isInside(entry.pattern, component)) {
        const lines = replaced.get(rule.file) ?? new Map<number, string>();
        lines.set(rule.line, rewrite(found.text.split('\n')[rule.line - 1] ?? '', entry, owners));
        replaced.set(rule.file, lines);
      } else if (component.path !== '') {
        const list = appended.get(rule.file) ?? [];
        const line = `/${component.path.replace(/^\/+|\/+$/g, '')}/ ${owners.join(' ')}`;
        if (!list.includes(line)) list.push(line);
        appended.set(rule.file, list);
      } else {
        comments.push(`${ref}: ${where} (${entry.pattern}) also covers ${sharedWith.join(', ') || 'other files'} and ${ref} is the whole repository: change it by hand`);
      }
    }
  }
  const files = [...new Set([...replaced.keys(), ...appended.keys()])].sort();
  const diff = files.map((file) => lineDiff(file, texts.get(file)?.text ?? '', replaced.get(file) ?? new Map(), appended.get(file) ?? [])).join('');
  return { diff, comments };
}

/** Each group's handle: its github.com/team-slug, else the first CODEOWNERS handle the analysis resolves to it. */
function knownHandles(result: AnalysisResult, history: readonly ComponentHistory[], teamOf: (handle: string) => EntityRef | undefined): Map<EntityRef, string> {
  const handles = new Map<EntityRef, string>();
  for (const entity of result.model.entities) {
    const slug = entity.kind === 'group' ? entity.annotations['github.com/team-slug'] : undefined;
    if (slug) handles.set(entity.ref, `@${slug}`);
  }
  const seen = [...new Set(history.flatMap((h) => h.codeOwners.map((entry) => entry.owner)))].sort();
  for (const handle of seen) {
    const team = teamOf(handle);
    if (team !== undefined && !handles.has(team)) handles.set(team, handle);
  }
  return handles;
}

/** CODEOWNERS rule (`file:line`) -> the components whose files it assigns. */
function ruleUsers(history: readonly ComponentHistory[]): Map<string, EntityRef[]> {
  const users = new Map<string, EntityRef[]>();
  for (const component of history) {
    for (const rule of new Set(component.codeOwners.flatMap((entry) => entry.rules))) users.set(rule, [...(users.get(rule) ?? []), component.ref]);
  }
  return users;
}

/** Whether a rule's pattern lies within the component's folder, so rewriting it moves nothing else. */
function isInside(pattern: string, component: ComponentHistory): boolean {
  const path = component.path.replace(/^\/+|\/+$/g, '');
  if (path === '') return true;
  // Only an anchored pattern (a slash other than at the end) names one folder; `*.ts` matches anywhere.
  const anchored = pattern.replace(/\/+$/, '').includes('/');
  const clean = pattern.replace(/^\/+/, '').replace(/\/\*\*$|\/+$/g, '');
  return anchored && (clean === path || clean.startsWith(`${path}/`));
}

function rewrite(line: string, rule: CodeownersRule, owners: readonly string[]): string {
  const comment = /\s+#.*$/.exec(line)?.[0] ?? '';
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const pattern = line.trimStart().split(/\s+/)[0] ?? rule.pattern;
  return `${indent}${pattern} ${owners.join(' ')}${comment}`;
}

function parseRuleRef(text: string): RuleRef {
  const colon = text.lastIndexOf(':');
  return { file: text.slice(0, colon).replace(/^\.\//, ''), line: Number(text.slice(colon + 1)) };
}

function distinctRules(rules: readonly RuleRef[]): RuleRef[] {
  const seen = new Set<string>();
  return rules.filter((rule) => {
    const key = `${rule.file}:${rule.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The CODEOWNERS file as the analysis read it, when it lies under the working directory. */
async function readRules(cwd: string, file: string): Promise<{ text: string; rules: Map<number, CodeownersRule> } | undefined> {
  const root = resolve(cwd);
  const path = resolve(root, file);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    const text = await readFile(path, 'utf8');
    return { text, rules: new Map(parseCodeowners(text, file).rules.map((rule) => [rule.line, rule])) };
  } catch {
    return undefined;
  }
}
