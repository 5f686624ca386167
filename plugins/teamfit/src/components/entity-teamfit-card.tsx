import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FindingList } from './finding-list.js';
import { FitList } from './fit-list.js';
import { TeamfitGroupCard } from './group-card.js';
import { LoadedView } from './loaded-view.js';
import { TeamfitSystemCard } from './system-card.js';
import { useTeamfitEntity } from './use-teamfit-entity.js';

/**
 * One card for any entity page, for apps that place cards by hand: a System's architecture, a Group's
 * structure, and for other kinds (a Component, a Resource) the fit of the system it belongs to and its findings.
 */
export function EntityTeamfitCard() {
  const { entity } = useEntity();
  const kind = entity.kind.toLowerCase();
  if (kind === 'system') return <TeamfitSystemCard />;
  if (kind === 'group') return <TeamfitGroupCard />;
  return <TeamfitPartCard />;
}

function TeamfitPartCard() {
  const state = useTeamfitEntity();
  return (
    <InfoCard title="Fit (teamfit)">
      <LoadedView state={state} empty="teamfit has not analysed this entity yet, or it is not in the analysed catalog.">
        {(answer) => (
          <>
            <FitList fits={answer.fits} withSystem />
            <FindingList findings={answer.findings} limit={5} withRecommendation />
          </>
        )}
      </LoadedView>
    </InfoCard>
  );
}
