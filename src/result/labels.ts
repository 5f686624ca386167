import { z } from 'zod';

export const ARCHITECTURE_LABELS = ['monolith', 'microservices', 'micro-monolith', 'undetermined'] as const;
export const ArchitectureLabel = z.enum(ARCHITECTURE_LABELS);
export type ArchitectureLabel = z.infer<typeof ArchitectureLabel>;

export const STRUCTURE_LABELS = ['sre', 'cross-functional', 'insourcing', 'dev-only', 'ops-only', 'undetermined'] as const;
export const StructureLabel = z.enum(STRUCTURE_LABELS);
export type StructureLabel = z.infer<typeof StructureLabel>;

/** How the teams around a system match the model's fit table for its architecture. */
export const FitVerdict = z.enum(['fits', 'partial', 'misfit', 'no-fit', 'unknown']);
export type FitVerdict = z.infer<typeof FitVerdict>;
