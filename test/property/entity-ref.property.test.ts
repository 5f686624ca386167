import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEntityRef, stringifyEntityRef } from '../../src/model/entity-ref.js';

const RUNS = { numRuns: 300 };
/** Backstage's name rule: letters/digits separated by single `-`, `_` or `.`. */
const name = fc.stringMatching(/^[a-zA-Z0-9]{1,8}([-_.][a-zA-Z0-9]{1,8}){0,3}$/);
const kind = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,11}$/);
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(':', '/', ' ', 'a', 'B', '-', '\u0000', '\u00e9') }));
const context = fc.record({ defaultKind: fc.option(anyText, { nil: undefined }), defaultNamespace: fc.option(anyText, { nil: undefined }) }, { requiredKeys: [] });

describe('parseEntityRef (property)', () => {
  it('never throws, and either fails with a message or yields three non-empty parts without separators', () => {
    fc.assert(
      fc.property(anyText, context, (ref, ctx) => {
        const parsed = parseEntityRef(ref, ctx);
        if (!parsed.ok) {
          expect(parsed.error).toContain('expected [kind:][namespace/]name');
          return;
        }
        const { kind: k, namespace, name: n } = parsed.ref;
        expect(k.length * namespace.length * n.length).toBeGreaterThan(0);
        expect(n).not.toMatch(/[:/\s]/);
      }),
      RUNS,
    );
  });

  it('round-trips a valid compound ref: stringify(parse(stringify(x))) === stringify(x)', () => {
    fc.assert(
      fc.property(kind, name, name, (k, namespace, n) => {
        const written = stringifyEntityRef({ kind: k, namespace, name: n });
        const parsed = parseEntityRef(written);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(stringifyEntityRef(parsed.ref)).toBe(written);
      }),
      RUNS,
    );
  });

  it('fills what a ref leaves out from the context, as Backstage does', () => {
    fc.assert(
      fc.property(kind, name, name, (k, namespace, n) => {
        const parsed = parseEntityRef(n, { defaultKind: k, defaultNamespace: namespace });
        expect(parsed.ok && stringifyEntityRef(parsed.ref)).toBe(stringifyEntityRef({ kind: k, namespace, name: n }));
      }),
      RUNS,
    );
  });
});
