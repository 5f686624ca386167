import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import type { AnalysisResult } from 'teamfit';
import type { TeamfitEntity } from '../src/index.js';

/** What the backend plugin answered for Northwind, recorded by its own test (plugins/teamfit-backend/test/frontend-fixture.ts). */
export interface RecordedAnswers {
  result: AnalysisResult;
  entities: Record<string, TeamfitEntity>;
}

export const FIXTURE = join(import.meta.dirname, 'fixtures/northwind-answers.json');

export function recordedAnswers(): RecordedAnswers {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as RecordedAnswers;
}

export function answerFor(answers: RecordedAnswers, ref: string): TeamfitEntity {
  const answer = answers.entities[ref];
  if (!answer) throw new Error(`the recorded answers have no ${ref}; record them again (see the fixture's recordedBy)`);
  return answer;
}

/** The backend's HTTP answers as a fetch: `/api/teamfit/result` and `/api/teamfit/entities/...`, 404 for anything else. */
export function recordedFetch(answers: RecordedAnswers): (input: RequestInfo | URL) => Promise<Response> {
  return async (input) => {
    const path = new URL(String(input instanceof Request ? input.url : input)).pathname;
    const entity = /^\/api\/teamfit\/entities\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path);
    const body = path === '/api/teamfit/result' ? answers.result : entity ? answers.entities[`${entity[1]}:${entity[2]}/${entity[3]}`] : undefined;
    if (body === undefined) return new Response(JSON.stringify({ error: { name: 'NotFoundError', message: `nothing at ${path}` } }), { status: 404 });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

// Refs are lower-case; the catalog spells kinds as the YAML does.
const KINDS: Record<string, string> = { system: 'System', group: 'Group', component: 'Component', resource: 'Resource', api: 'API', domain: 'Domain', user: 'User' };

/** The catalog entity a page would hold for a ref, from what the recorded model read: what useEntity gives the cards. */
export function entityOf(answers: RecordedAnswers, ref: string): Entity {
  const read = answers.result.model.entities.find((e) => e.ref === ref);
  if (!read) throw new Error(`the recorded model has no ${ref}`);
  const metadata = { name: read.name, namespace: read.namespace, ...(read.title !== undefined && { title: read.title }), annotations: read.annotations };
  return { apiVersion: 'backstage.io/v1alpha1', kind: KINDS[read.kind] ?? read.kind, metadata, spec: {} };
}
