import { InfoCard } from '@backstage/core-components';
import type { TeamfitEntity } from '../api/types.js';
import { FindingSummary } from './finding-summary.js';
import { FitList } from './fit-list.js';
import { LoadedView } from './loaded-view.js';
import { decidingSignals, SignalList } from './signal-list.js';
import { heading } from './styles.js';
import { useTeamfitEntity } from './use-teamfit-entity.js';
import { VerdictSummary } from './verdict-summary.js';

const NO_VERDICT = 'teamfit has not analysed this system yet, or it is not in the analysed catalog.';

/** On a System page: its architecture, the signals that decided it, the fit with its teams, and its findings. */
export function TeamfitSystemCard() {
  const state = useTeamfitEntity();
  return (
    <InfoCard title="Architecture (teamfit)">
      <LoadedView state={state} empty={NO_VERDICT}>
        {(answer) => <SystemAnswer answer={answer} />}
      </LoadedView>
    </InfoCard>
  );
}

export function SystemAnswer({ answer }: { answer: TeamfitEntity }) {
  if (!answer.verdict) return <p>{NO_VERDICT}</p>;
  return (
    <>
      <VerdictSummary verdict={answer.verdict} />
      <h4 style={heading}>Signals that decided it</h4>
      <SignalList signals={decidingSignals(answer.signals, answer.verdict.label)} limit={5} />
      <h4 style={heading}>Fit</h4>
      <FitList fits={answer.fits} withSystem={false} />
      <h4 style={heading}>Findings ({answer.findings.length})</h4>
      <FindingSummary findings={answer.findings} />
    </>
  );
}
