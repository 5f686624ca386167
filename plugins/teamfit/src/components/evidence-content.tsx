import { InfoCard } from '@backstage/core-components';
import type { TeamfitEntity } from '../api/types.js';
import { FindingList } from './finding-list.js';
import { FitList } from './fit-list.js';
import { LoadedView } from './loaded-view.js';
import { SignalTable } from './signal-table.js';
import { columns } from './styles.js';
import { useTeamfitEntity } from './use-teamfit-entity.js';
import { VerdictSummary } from './verdict-summary.js';

/** The entity tab: the whole evidence behind the verdict, every fit, and every finding with what to change. */
export function TeamfitEvidenceContent() {
  const state = useTeamfitEntity();
  return (
    <LoadedView state={state} empty="teamfit has not analysed this entity yet, or it is not in the analysed catalog.">
      {(answer) => <Evidence answer={answer} />}
    </LoadedView>
  );
}

export function Evidence({ answer }: { answer: TeamfitEntity }) {
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      {answer.verdict ? (
        <InfoCard title="Verdict and its evidence" subheader={`analysed ${new Date(answer.analysedAt).toUTCString()}`}>
          <VerdictSummary verdict={answer.verdict} />
          <SignalTable signals={answer.signals} />
        </InfoCard>
      ) : (
        <p>teamfit gives verdicts to Systems (architecture) and Groups (structure); below are the fit of the system this entity belongs to and its findings.</p>
      )}
      <div style={columns}>
        <InfoCard title="Fit">
          <FitList fits={answer.fits} withSystem />
        </InfoCard>
        <InfoCard title={`Findings (${answer.findings.length})`}>
          <FindingList findings={answer.findings} limit={Number.POSITIVE_INFINITY} withRecommendation />
        </InfoCard>
      </div>
    </div>
  );
}
