import { describe, expect, it } from 'vitest';
import { parseEntityRef, stringifyEntityRef, type ParsedEntityRef, type RefContext } from '../../src/model/entity-ref.js';

function canonical(ref: string, context: RefContext = {}): string {
  const parsed = parseEntityRef(ref, context);
  if (!parsed.ok) throw new Error(parsed.error);
  return stringifyEntityRef(parsed.ref);
}

function errorOf(parsed: ParsedEntityRef): string {
  return parsed.ok ? '' : parsed.error;
}

describe('parseEntityRef', () => {
  it('reads all three forms, filling kind and namespace from the context', () => {
    const context = { defaultKind: 'Group', defaultNamespace: 'ops' };
    expect(parseEntityRef('team-a', context)).toEqual({ ok: true, ref: { kind: 'Group', namespace: 'ops', name: 'team-a' } });
    expect(parseEntityRef('user:jane', context)).toEqual({ ok: true, ref: { kind: 'user', namespace: 'ops', name: 'jane' } });
    expect(parseEntityRef('other/team-b', context)).toEqual({ ok: true, ref: { kind: 'Group', namespace: 'other', name: 'team-b' } });
    expect(parseEntityRef('Component:shop/Web', context)).toEqual({ ok: true, ref: { kind: 'Component', namespace: 'shop', name: 'Web' } });
  });

  it('defaults the namespace to `default`, also when the context gives an empty one', () => {
    expect(canonical('api:petstore')).toBe('api:default/petstore');
    expect(canonical('api:petstore', { defaultNamespace: '' })).toBe('api:default/petstore');
  });

  it('compares kind, namespace and name case-insensitively', () => {
    const spellings = ['Component:Default/Shop-Web', 'component:default/shop-web', 'COMPONENT:DEFAULT/SHOP-WEB', 'shop-web'];
    const refs = spellings.map((ref) => canonical(ref, { defaultKind: 'Component' }));
    expect(new Set(refs)).toEqual(new Set(['component:default/shop-web']));
  });

  it('needs a kind from the ref or the field', () => {
    expect(errorOf(parseEntityRef('artists-db', { defaultNamespace: 'default' }))).toMatch(/no kind/);
    expect(canonical('resource:artists-db', { defaultNamespace: 'default' })).toBe('resource:default/artists-db');
  });

  it.each([
    ['', /empty/],
    [':name', /empty kind/],
    ['group:', /empty name/],
    ['group:/name', /empty namespace/],
    ['/name', /empty namespace/],
    ['group:ns/', /empty name/],
    ['a:b:c', /more than one ':'/],
    ['a:ns/b:c', /more than one ':'/],
    ['ns/a:b', /more than one ':'/],
    ['a/b/c', /more than one '\/'/],
    ['group:a/b/c', /more than one '\/'/],
    ['team a', /whitespace/],
    [' team-a', /whitespace/],
  ])('rejects %j as malformed', (ref, problem) => {
    const parsed = parseEntityRef(ref, { defaultKind: 'group' });
    expect(parsed.ok).toBe(false);
    expect(errorOf(parsed)).toMatch(problem);
  });
});

describe('stringifyEntityRef', () => {
  it('is lower-case kind:namespace/name, with `default` when no namespace is given', () => {
    expect(stringifyEntityRef({ kind: 'API', namespace: 'Payments', name: 'PetStore' })).toBe('api:payments/petstore');
    expect(stringifyEntityRef({ kind: 'Group', name: 'team-a' })).toBe('group:default/team-a');
  });

  it('round-trips: stringify(parse(stringify(x))) === stringify(x) for generated refs', () => {
    const alphabet = ['a', 'Z', '0', '-', '_', '.', 'É', 'ß', 'İ'];
    let seed = 42;
    // A small linear congruential generator: reproducible without a property-testing library.
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const part = () => Array.from({ length: 1 + next(8) }, () => alphabet[next(alphabet.length)]).join('');
    for (let i = 0; i < 2000; i++) {
      const x = { kind: part(), namespace: part(), name: part() };
      const text = stringifyEntityRef(x);
      expect(canonical(text)).toBe(text);
      // Defaults never override what a full ref states.
      expect(canonical(text, { defaultKind: 'other', defaultNamespace: 'elsewhere' })).toBe(text);
    }
  });
});
