import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareOrganisation, type PreparedOrganisation } from '../../src/run.js';
import { WhatIfResult, type OrgModel } from '../../src/result/index.js';
import { applyPlan } from '../../src/what-if/apply-plan.js';
import { parsePlan, whatIf } from '../../src/what-if/index.js';
import { ROOT } from '../cli/run-teamfit.js';

const NORTHWIND = join(ROOT, 'examples/northwind');
let prepared: PreparedOrganisation;

beforeAll(async () => {
  prepared = await prepareOrganisation({ paths: [NORTHWIND], cwd: ROOT });
}, 60_000);

function apply(text: string) {
  const loaded = parsePlan(text, 'plan.yaml');
  return applyPlan(loaded.plan, prepared.model, prepared.discovery, loaded.locate);
}

const targets = (model: OrgModel, source: string, type: string) => model.relations.filter((r) => r.source === source && r.type === type).map((r) => r.target);
const sources = (model: OrgModel, target: string, type: string) => model.relations.filter((r) => r.target === target && r.type === type).map((r) => r.source);

describe('applying a plan to the model', () => {
  it('splits a team: members and ownership go to the parts, the rest stays', () => {
    const members = sources(prepared.model, 'group:default/courier-team', 'memberOf');
    const [first = '', ...others] = members;
    const { model } = apply(`changes:\n  - split: courier-team\n    into:\n      - { name: courier-team }\n      - { name: slots-team, members: [${first}], owns: [component:delivery-slots] }\n`);
    expect(sources(model, 'group:default/slots-team', 'memberOf')).toEqual([first]);
    expect(sources(model, 'group:default/courier-team', 'memberOf').sort()).toEqual(others.sort());
    expect(targets(model, 'component:default/delivery-slots', 'ownedBy')).toEqual(['group:default/slots-team']);
    // Both directions are kept, as the model stage builds them.
    expect(targets(model, 'group:default/slots-team', 'ownerOf')).toEqual(['component:default/delivery-slots']);
  });

  it('refuses a split that leaves members or ownership with a group that goes away', () => {
    expect(() => apply('changes:\n  - split: courier-team\n    into: [{ name: a-team }, { name: b-team }]\n')).toThrow(/^plan\.yaml:2:12: group:default\/courier-team is split into other groups but still has/);
  });

  it('consolidates a system into its most depended-on unit and drops what discovery saw between the units', () => {
    const { model, consolidated } = apply('changes:\n  - consolidate: system:fulfilment\n');
    const units = targets(model, 'system:default/fulfilment', 'hasPart').filter((ref) => model.entities.find((e) => e.ref === ref)?.deployable === true);
    expect(units).toHaveLength(1);
    expect([...consolidated.values()].every((ref) => ref === units[0])).toBe(true);
    expect(consolidated.size).toBe(3);
    expect(model.relations.some((r) => r.source === r.target)).toBe(false);
  });

  it('cuts a dependency, and says when there is none to cut', () => {
    const { model } = apply('changes:\n  - cut: { from: component:order-service, to: resource:orders-db }\n');
    expect(targets(model, 'component:default/order-service', 'dependsOn')).not.toContain('resource:default/orders-db');
    expect(sources(model, 'resource:default/orders-db', 'dependsOn')).not.toContain('component:default/order-service');
    expect(() => apply('changes:\n  - cut: { from: component:order-service, to: resource:slots-db }\n')).toThrow('plan.yaml:2:10: component:default/order-service does not depend on resource:default/slots-db');
  });

  it('sets declared structure, roles and operators as their annotations would', () => {
    const { model } = apply('changes:\n  - { structure: devops-team, declared: sre }\n  - { role: user:daniel.kim, is: ops }\n  - { operate: component:payment-gateway, by: null }\n');
    const team = model.entities.find((e) => e.ref === 'group:default/devops-team');
    expect(team?.declaredStructure).toBe('sre');
    expect(team?.annotations['teamfit.dev/structure']).toBe('sre');
    expect(model.entities.find((e) => e.ref === 'user:default/daniel.kim')?.role).toBe('ops');
    expect(targets(prepared.model, 'component:default/payment-gateway', 'operatedBy')).toEqual(['group:default/site-reliability']);
    expect(targets(model, 'component:default/payment-gateway', 'operatedBy')).toEqual([]);
  });
});

describe('what-if properties', { timeout: 120_000 }, () => {
  it('any set of moves gives a valid result whose moves are exactly the owner changes', async () => {
    const ownable = prepared.model.entities.filter((e) => e.kind === 'component').map((e) => e.ref);
    const groups = prepared.model.entities.filter((e) => e.kind === 'group').map((e) => e.ref);
    const owner = new Map(prepared.model.relations.filter((r) => r.type === 'ownedBy').map((r) => [r.source, r.target]));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(fc.constantFrom(...ownable), fc.constantFrom(...groups)), { minLength: 1, maxLength: 4, selector: ([ref]) => ref }), async (moves) => {
        const text = `changes:\n${moves.map(([ref, to]) => `  - { move: '${ref}', to: '${to}' }`).join('\n')}\n`;
        const { result } = await whatIf(parsePlan(text, 'plan.yaml'), { paths: [NORTHWIND], cwd: ROOT });
        WhatIfResult.parse(result);
        const expected = moves.filter(([ref, to]) => owner.get(ref) !== to).map(([ref]) => ref).sort();
        expect(result.moves.map((m) => m.ref).sort()).toEqual(expected);
      }),
      { numRuns: 8, seed: 42 },
    );
  });
});
