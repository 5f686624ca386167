import type { ComponentCoupling, ComponentHistory, EntityRef, HistoryEvidence, PersonHistory } from '../result/index.js';

/** Lookups over the history evidence for the classifiers; empty when no repository was read. */
export class HistoryFacts {
  private readonly components = new Map<EntityRef, ComponentHistory>();
  private readonly couplings = new Map<EntityRef, ComponentCoupling[]>();
  private readonly people = new Map<EntityRef, PersonHistory[]>();
  private readonly authors = new Map<string, PersonHistory>();

  constructor(readonly evidence: HistoryEvidence | undefined) {
    for (const component of evidence?.components ?? []) this.components.set(component.ref, component);
    for (const pair of evidence?.coupling ?? []) {
      for (const ref of [pair.a, pair.b]) {
        const list = this.couplings.get(ref) ?? [];
        list.push(pair);
        this.couplings.set(ref, list);
      }
    }
    for (const person of evidence?.people ?? []) {
      this.authors.set(person.id, person);
      for (const team of person.teams) {
        const list = this.people.get(team) ?? [];
        list.push(person);
        this.people.set(team, list);
      }
    }
  }

  get isPresent(): boolean {
    return this.evidence !== undefined;
  }

  component(ref: EntityRef): ComponentHistory | undefined {
    return this.components.get(ref);
  }

  /** Coupled pairs with both ends among `refs`. */
  couplingWithin(refs: readonly EntityRef[]): ComponentCoupling[] {
    const set = new Set(refs);
    const seen = new Set<ComponentCoupling>();
    for (const ref of refs) for (const pair of this.couplings.get(ref) ?? []) if (set.has(pair.a) && set.has(pair.b)) seen.add(pair);
    return [...seen];
  }

  /** A git author (as the evidence names them: e-mail after .mailmap). */
  person(id: string): PersonHistory | undefined {
    return this.authors.get(id);
  }

  /** Members of a team who made changes in the window. */
  contributors(team: EntityRef): readonly PersonHistory[] {
    return this.people.get(team) ?? [];
  }
}
