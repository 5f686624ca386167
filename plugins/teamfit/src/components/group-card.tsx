import { InfoCard } from '@backstage/core-components';
import type { TeamfitEntity } from '../api/types.js';
import { FindingSummary } from './finding-summary.js';
import { FitList } from './fit-list.js';
import { LoadedView } from './loaded-view.js';
import { refList } from './refs.js';
import { decidingSignals, SignalList } from './signal-list.js';
import { heading, list } from './styles.js';
import { useTeamfitEntity } from './use-teamfit-entity.js';
import { VerdictSummary } from './verdict-summary.js';

const NO_VERDICT = 'teamfit has not analysed this team yet, or it is not in the analysed catalog.';

/** On a Group page: its structure, what it owns and runs, who depends on it, the fit of its systems, and findings. */
export function TeamfitGroupCard() {
  const state = useTeamfitEntity();
  return (
    <InfoCard title="Team structure (teamfit)">
      <LoadedView state={state} empty={NO_VERDICT}>
        {(answer) => <GroupAnswer answer={answer} />}
      </LoadedView>
    </InfoCard>
  );
}

export function GroupAnswer({ answer }: { answer: TeamfitEntity }) {
  if (!answer.verdict || !answer.team) return <p>{NO_VERDICT}</p>;
  const { owns, operates, dependents } = answer.team;
  return (
    <>
      <VerdictSummary verdict={answer.verdict} />
      <h4 style={heading}>Signals that decided it</h4>
      <SignalList signals={decidingSignals(answer.signals, answer.verdict.label)} limit={4} />
      <h4 style={heading}>What it owns and runs</h4>
      <ul style={list} data-testid="teamfit-holdings">
        <li>owns: {refList(owns)}</li>
        <li>runs: {refList(operates)}</li>
        <li>teams depending on it: {refList(dependents)}</li>
      </ul>
      <h4 style={heading}>Fit of its systems</h4>
      <FitList fits={answer.fits} withSystem />
      <h4 style={heading}>Findings ({answer.findings.length})</h4>
      <FindingSummary findings={answer.findings} />
    </>
  );
}
