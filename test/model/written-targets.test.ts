import { describe, expect, it } from 'vitest';
import { WrittenTargets } from '../../src/model/written-targets.js';

describe('WrittenTargets', () => {
  it('reads a reference in its default kind and namespace, and answers a repeat with the same target string', () => {
    const written = new WrittenTargets();
    const first = written.read('Team-A', 'group', 'shop');
    expect(first).toEqual({ ok: true, target: 'group:shop/team-a', kind: 'group' });
    const again = written.read('Team-A', 'group', 'shop');
    expect(again).toBe(first);
    expect(written.read('Team-A', 'group', 'default')).toEqual({ ok: true, target: 'group:default/team-a', kind: 'group' });
    expect(written.read('Team-A', 'user', 'shop')).toEqual({ ok: true, target: 'user:shop/team-a', kind: 'user' });
    expect(written.read('component:other/web', undefined, 'shop')).toEqual({ ok: true, target: 'component:other/web', kind: 'component' });
  });

  it('says why a reference is malformed, per context: a missing kind is an error only where the field has no default', () => {
    const written = new WrittenTargets();
    const bare = written.read('web', undefined, 'default');
    expect(bare.ok).toBe(false);
    expect(written.read('web', 'component', 'default')).toEqual({ ok: true, target: 'component:default/web', kind: 'component' });
    expect(written.read('a b', 'group', 'default')).toMatchObject({ ok: false, error: expect.stringContaining('whitespace') });
  });
});
