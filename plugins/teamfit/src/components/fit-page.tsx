import { Content, Header, InfoCard, Page } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import type { AnalysisResult } from 'teamfit';
import { teamfitApiRef } from '../api/teamfit-api.js';
import { FitTable } from './fit-table.js';
import { LoadedView } from './loaded-view.js';
import { TeamTable } from './team-table.js';
import { useLoaded } from './use-teamfit-entity.js';

/** The organisation page: how every system's teams fit its architecture, and every team's structure. */
export function TeamfitPageContent() {
  const api = useApi(teamfitApiRef);
  const state = useLoaded(() => api.getResult(), [api]);
  return (
    <Page themeId="tool">
      <Header title="teamfit" subtitle="Do your teams fit your architecture? (a model for DevOps)" />
      <Content>
        <LoadedView state={state} empty="teamfit has not analysed the catalog yet: the backend runs it on the schedule in app-config teamfit.schedule.">
          {(result) => <Organisation result={result} />}
        </LoadedView>
      </Content>
    </Page>
  );
}

export function Organisation({ result }: { result: AnalysisResult }) {
  const { systems, teams, findings } = result.summary;
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <p data-testid="teamfit-summary">
        {systems} systems, {teams} teams; findings: {findings.error} errors, {findings.warning} warnings, {findings.info} notes.
      </p>
      <InfoCard title="The fit: architecture by fit verdict">
        <FitTable result={result} />
      </InfoCard>
      <InfoCard title="Teams by structure">
        <TeamTable result={result} />
      </InfoCard>
    </div>
  );
}
