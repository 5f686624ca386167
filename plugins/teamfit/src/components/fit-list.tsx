import type { TeamfitEntity } from '../api/types.js';
import { FitStatus } from './fit-status.js';
import { shortRef } from './refs.js';
import { list, muted } from './styles.js';

/** The fit of each system: its verdict, what the model expects, the teams around it and the notes. */
export function FitList({ fits, withSystem }: { fits: TeamfitEntity['fits']; withSystem: boolean }) {
  if (fits.length === 0) return <p>No system to fit.</p>;
  return (
    <ul style={list} data-testid="teamfit-fits">
      {fits.map(({ system, fit }) => (
        <li key={system}>
          {withSystem && <strong>{shortRef(system)}: </strong>}
          <FitStatus verdict={fit.verdict} /> the model: {fit.expected}.
          <div style={muted}>{fit.teams.length === 0 ? 'No team owns or runs it.' : fit.teams.map((t) => `${shortRef(t.team)} (${t.structure}; ${t.roles.join(', ')})`).join(', ')}</div>
          {fit.notes.map((note) => (
            <div key={note}>{note}</div>
          ))}
        </li>
      ))}
    </ul>
  );
}
