import type { EntityAnswer } from 'teamfit';

/**
 * One entity's part of the latest analysis, as the backend's `GET /api/teamfit/entities/:kind/:namespace/:name`
 * answers it: the core's own type, so the frontend depends on teamfit's types only, never on backend code.
 */
export type TeamfitEntity = EntityAnswer;

/** The entity a page shows, as Backstage names it. */
export interface TeamfitEntityName {
  kind: string;
  namespace?: string;
  name: string;
}
