// @vitest-environment happy-dom
import type { Entity } from '@backstage/catalog-model';
import { discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { createExtensionTester, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import teamfitFrontendPlugin, { EntityTeamfitCard, teamfitApiRef, TeamfitClient, teamfitEntityContent, teamfitGroupCard, teamfitPage, teamfitSystemCard } from '../src/index.js';
import { decidingSignals } from '../src/components/signal-list.js';
import { answerFor, entityOf, recordedAnswers, recordedFetch, type RecordedAnswers } from './recorded-answers.js';

// The cards in Backstage's test app, with the real client reading what the backend plugin answered for Northwind.
describe('the teamfit frontend plugin on the recorded backend answers', () => {
  let answers: RecordedAnswers;
  const apis = () => {
    const discoveryApi = { getBaseUrl: async (pluginId: string) => `http://backstage.test/api/${pluginId}` };
    const fetchApi = { fetch: recordedFetch(answers) };
    return [[discoveryApiRef, discoveryApi], [fetchApiRef, fetchApi], [teamfitApiRef, new TeamfitClient({ discoveryApi, fetchApi })]] as const;
  };
  const onPageOf = (ref: string, element: JSX.Element) => <EntityProvider entity={entityOf(answers, ref)}>{element}</EntityProvider>;

  afterEach(cleanup);
  beforeAll(() => {
    answers = recordedAnswers();
  });

  it('shows a System its architecture, the signals that decided it, its fit and its findings', async () => {
    const ref = 'system:default/fulfilment';
    const answer = answerFor(answers, ref);
    const verdict = answer.verdict!;
    expect(verdict.label).toBe('micro-monolith');
    renderInTestApp(onPageOf(ref, createExtensionTester(teamfitSystemCard, { apis: apis() }).reactElement()), { apis: apis() });

    const shown = await screen.findByTestId('teamfit-verdict');
    expect(shown.textContent).toContain(verdict.label);
    expect(shown.textContent).toContain(`confidence ${Math.round(verdict.confidence * 100)}%`);
    expect(shown.textContent).toContain(verdict.reason);
    const deciding = decidingSignals(answer.signals, verdict.label);
    expect(deciding.length).toBeGreaterThan(0);
    expect(screen.getByTestId('teamfit-signals').textContent).toContain(deciding[0]!.description);
    const fits = screen.getByTestId('teamfit-fits');
    expect(fits.textContent).toContain('no fit');
    expect(fits.textContent).toContain(answer.fits[0]!.fit.expected);
    expect(screen.getByText(`Findings (${answer.findings.length})`)).toBeTruthy();
    const findings = within(screen.getByTestId('teamfit-findings'));
    expect(findings.getByText('tight-coupling')).toBeTruthy();
    for (const ruleId of new Set(answer.findings.map((f) => f.ruleId))) expect(findings.getByText(ruleId)).toBeTruthy();
  });

  it('shows a Group its structure, what it owns and runs, its systems fit and its findings', async () => {
    const ref = 'group:default/site-reliability';
    const answer = answerFor(answers, ref);
    renderInTestApp(onPageOf(ref, createExtensionTester(teamfitGroupCard, { apis: apis() }).reactElement()), { apis: apis() });

    expect((await screen.findByTestId('teamfit-verdict')).textContent).toContain(answer.verdict!.label);
    const holdings = screen.getByTestId('teamfit-holdings').textContent ?? '';
    expect(answer.team!.operates.length).toBeGreaterThan(0);
    for (const ref of answer.team!.operates) expect(holdings).toContain(ref.split('/')[1]);
    expect(screen.getByTestId('teamfit-fits').querySelectorAll(':scope > li')).toHaveLength(answer.fits.length);
    expect(within(screen.getByTestId('teamfit-findings')).getByText('sre-gatekeeper')).toBeTruthy();
  });

  it('puts the System card on System pages only and the Group card on Group pages only', () => {
    const system = entityOf(answers, 'system:default/fulfilment');
    const group = entityOf(answers, 'group:default/site-reliability');
    const component = entityOf(answers, answers.result.systems.find((s) => s.ref === 'system:default/fulfilment')!.components[0]!);
    const shows = (filter: ((entity: Entity) => boolean) | undefined) => [system, group, component].map((entity) => filter?.(entity) ?? false);
    expect(shows(createExtensionTester(teamfitSystemCard).get(EntityCardBlueprint.dataRefs.filterFunction))).toEqual([true, false, false]);
    expect(shows(createExtensionTester(teamfitGroupCard).get(EntityCardBlueprint.dataRefs.filterFunction))).toEqual([false, true, false]);
  });

  it('says so when the backend has no verdict for the entity', async () => {
    const ref = 'system:default/fulfilment';
    const others = { ...answers, entities: {} };
    const discoveryApi = { getBaseUrl: async () => 'http://backstage.test/api/teamfit' };
    const client = new TeamfitClient({ discoveryApi, fetchApi: { fetch: recordedFetch(others) } });
    renderInTestApp(onPageOf(ref, createExtensionTester(teamfitSystemCard).reactElement()), { apis: [[teamfitApiRef, client]] });
    expect(await screen.findByText('No teamfit verdict')).toBeTruthy();
  });

  it('lists every signal behind the verdict on the entity tab', async () => {
    const ref = 'system:default/fulfilment';
    const answer = answerFor(answers, ref);
    renderInTestApp(onPageOf(ref, createExtensionTester(teamfitEntityContent, { apis: apis() }).reactElement()), { apis: apis() });
    const table = await screen.findByTestId('teamfit-signal-table');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(answer.signals.length);
    expect(screen.getAllByTestId('teamfit-findings')[0]!.textContent).toContain(answer.findings[0]!.recommendation);
  });

  it('places every system in the fit table cell of its architecture and fit verdict on the organisation page', async () => {
    renderInTestApp(createExtensionTester(teamfitPage, { apis: apis() }).reactElement(), { apis: apis() });
    const table = await screen.findByTestId('teamfit-fit-table');
    for (const system of answers.result.systems) {
      const cell = table.querySelector(`[data-fit="${system.architecture.label} ${system.fit.verdict}"]`);
      expect(cell?.textContent, system.ref).toContain(system.title ?? system.ref.split('/')[1]);
    }
    expect(screen.getByTestId('teamfit-team-table').querySelectorAll('tbody tr')).toHaveLength(answers.result.teams.length);
  });

  it('has the extension ids the README lists for app-config', () => {
    const ids = ['api:teamfit', 'entity-card:teamfit/system', 'entity-card:teamfit/group', 'entity-content:teamfit', 'page:teamfit'] as const;
    for (const id of ids) expect(teamfitFrontendPlugin.getExtension(id)).toBeTruthy();
  });

  it('serves legacy apps one card that picks the view by kind', async () => {
    const ref = 'group:default/site-reliability';
    renderInTestApp(onPageOf(ref, <EntityTeamfitCard />), { apis: apis() });
    expect((await screen.findByTestId('teamfit-verdict')).textContent).toContain(answerFor(answers, ref).verdict!.label);
  });
});
