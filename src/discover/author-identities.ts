/** A name reduced to its letters: `Jane Doe`, `jane.doe` and `JANE-DOE` are one person. */
function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

function split(identity: string): { name: string; email: string } {
  const match = /^(.*?)\s*<([^>]*)>$/.exec(identity);
  return match ? { name: match[1] ?? identity, email: (match[2] ?? '').toLowerCase() } : { name: identity, email: '' };
}

/**
 * Merges author identities (`Name <email>`) that are one person: the same email, or the same name up to
 * case, accents and punctuation. Returns each person's changes under their most used name, so one
 * person never becomes two "teams".
 */
export function mergeAuthors(changes: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, Map<string, number>> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const up = parent.get(key) ?? key;
    if (up === key) return key;
    const root = find(up);
    parent.set(key, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const byKey = new Map<string, string>();
  for (const identity of changes.keys()) {
    const { name, email } = split(identity);
    for (const key of [email !== '' ? `e:${email}` : '', nameKey(name) !== '' ? `n:${nameKey(name)}` : ''].filter((k) => k !== '')) {
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, identity);
      else union(identity, seen);
    }
  }
  const people = new Map<string, { names: Map<string, number>; dirs: Map<string, number> }>();
  for (const [identity, dirs] of changes) {
    const root = find(identity);
    const person = people.get(root) ?? { names: new Map<string, number>(), dirs: new Map<string, number>() };
    let commits = 0;
    for (const [dir, n] of dirs) {
      person.dirs.set(dir, (person.dirs.get(dir) ?? 0) + n);
      commits += n;
    }
    const { name } = split(identity);
    person.names.set(name, (person.names.get(name) ?? 0) + commits);
    people.set(root, person);
  }
  const merged = new Map<string, Map<string, number>>();
  for (const person of people.values()) {
    const name = [...person.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
    const existing = merged.get(name);
    if (existing) for (const [dir, n] of person.dirs) existing.set(dir, (existing.get(dir) ?? 0) + n);
    else merged.set(name, person.dirs);
  }
  return merged;
}
