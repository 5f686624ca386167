import type { HistoryEvidence } from '../../result/index.js';
import { truncate } from '../format.js';
import { botsLine, matchingLine, unmatchedLine } from '../history-people.js';
import type { Lines } from './lines.js';
import type { Palette } from './palette.js';

const LIMIT = 10;

/** What git history showed: what was read and left out, who changes what, what changes together. */
export function writeHistory(out: Lines, history: HistoryEvidence | undefined, paint: Palette): void {
  if (!history) return;
  const window = `${history.window.since ?? 'the start'} to ${history.window.until ?? 'now'}`;
  out.add(0, paint.bold(`Git history (${history.repositories.length} repositories, ${window})`));
  for (const repo of history.repositories) {
    out.add(2, `${repo.repository}  ${paint.dim(`${repo.commits} commits: ${repo.kept} by people, ${repo.bots} by bots${repo.botAuthors.length > 0 ? ` (${repo.botAuthors.join(', ')})` : ''}, ${repo.sweeps} sweeping, ${repo.unmapped} outside any component${repo.shallow ? '; shallow clone' : ''}`)}`);
  }
  const components = [...history.components].sort((a, b) => b.revisions - a.revisions);
  if (components.length > 0) out.add(2, 'components (revisions, authors, main developer, truck factor, share by owner)');
  const shown = truncate(components, LIMIT);
  for (const c of shown.shown) {
    const main = c.mainDeveloper ? `${c.mainDeveloper.person} ${Math.round(c.mainDeveloper.share * 100)}%` : '-';
    const share = c.ownerShare === undefined ? '-' : `${Math.round(c.ownerShare * 100)}%`;
    out.add(4, `${c.ref}  ${paint.dim(`${c.revisions} revs, ${c.authors} authors, ${main}, truck factor ${c.truckFactor}, owner ${share}`)}`);
  }
  out.more(4, shown.hidden, ' (see --format json)');
  if (history.coupling.length > 0) {
    out.add(2, `change coupling (${history.coupling.length} pairs)`);
    const pairs = truncate(history.coupling, LIMIT);
    for (const p of pairs.shown) out.add(4, `${p.a} <-> ${p.b}  ${paint.dim(`${p.degree}%, ${p.shared} shared (by ${p.by})${p.crossTeam ? ', across teams' : ''}`)}`);
    out.more(4, pairs.hidden, ' (see --format json)');
  }
  const { congruence } = history;
  if (congruence.value !== null) out.add(2, `socio-technical congruence: ${Math.round(congruence.value * 100)}% ${paint.dim(`(${congruence.withinTeam} of ${congruence.coordinationNeeds} coordination needs inside one team)`)}`);
  out.add(2, `people: ${paint.dim(matchingLine(history.matching))}`);
  const unmatched = unmatchedLine(history.matching);
  if (unmatched !== '') out.add(4, paint.dim(unmatched));
  const bots = botsLine(history.bots);
  if (bots !== '') out.add(4, paint.dim(bots));
  out.blank();
}
