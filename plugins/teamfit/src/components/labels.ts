import type { ArchitectureLabel, FitVerdict, StructureLabel } from 'teamfit';

// The result's label sets, written out because the frontend imports teamfit's types only; `satisfies` makes the
// compiler demand a change here when the model gains a label.
const ARCHITECTURE: Record<ArchitectureLabel, true> = { monolith: true, microservices: true, 'micro-monolith': true, undetermined: true };
const FIT: Record<FitVerdict, true> = { fits: true, partial: true, misfit: true, 'no-fit': true, unknown: true };
const STRUCTURE = { sre: true, 'cross-functional': true, insourcing: true, 'dev-only': true, 'ops-only': true, undetermined: true } satisfies Record<StructureLabel, true>;

export const ARCHITECTURES = Object.keys(ARCHITECTURE) as ArchitectureLabel[];
export const FIT_VERDICTS = Object.keys(FIT) as FitVerdict[];
export const STRUCTURES = Object.keys(STRUCTURE) as StructureLabel[];
