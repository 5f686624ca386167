import type { AnalysisResult, ArchitectureLabel, FitVerdict, SystemResult } from '../../result/index.js';
import { ARCHITECTURE_LABELS } from '../../result/index.js';
import { truncate } from '../format.js';
import { escapeHtml as h } from './escape-html.js';
import { shortName } from './relations.js';

const FITS: readonly FitVerdict[] = ['fits', 'partial', 'misfit', 'no-fit', 'unknown'];

// What each column means, in the model's words (docs/model.md, "The fit").
const COLUMN: Record<FitVerdict, string> = {
  fits: 'the teams around it are the ones the model expects',
  partial: 'close, with a gap the notes name',
  misfit: 'a structure the model flags for this architecture',
  'no-fit': 'no team structure fits a micro-monolith',
  unknown: 'a verdict it rests on is undetermined',
};

// The model's expectation per architecture, shown beside the systems so a reader sees what "fits" asks for.
const EXPECTED: Record<ArchitectureLabel, string> = {
  monolith: 'developers plus an SRE team that keeps it reliable; an insourcing team may help',
  microservices: 'one cross-functional team per service, running what it builds; an insourcing team provides shared infrastructure',
  'micro-monolith': 'nothing fits well: consolidate (A) or cut the couplings (B)',
  undetermined: 'unknown until the architecture is determined',
};

const CELL_LIMIT = 8;

/**
 * The model's fit as a table of architecture x fit verdict: every system sits once, in the cell of the fit
 * it got, with the teams around it and the reason. Placing systems by the verdict itself (not by a team's
 * structure) is what keeps the table and the systems' badges from ever disagreeing.
 */
export function fitTable(result: AnalysisResult): string {
  const placed = new Map<string, SystemResult[]>();
  for (const system of result.systems) {
    const key = `${system.architecture.label} ${system.fit.verdict}`;
    placed.set(key, [...(placed.get(key) ?? []), system]);
  }
  const head = `<tr><th scope="col">architecture</th><th scope="col">the model expects</th>${FITS.map((fit) => `<th scope="col" title="${h(COLUMN[fit])}">${h(fit)}</th>`).join('')}</tr>`;
  const rows = ARCHITECTURE_LABELS.map((architecture) => {
    const cells = FITS.map((fit) => {
      const systems = placed.get(`${architecture} ${fit}`) ?? [];
      if (systems.length === 0) return `<td class="fit-empty"></td>`;
      const { shown, hidden } = truncate(systems, CELL_LIMIT);
      const more = hidden > 0 ? `<li class="muted">... and ${hidden} more (systems table, fit column)</li>` : '';
      return `<td class="fit-${fit}"><span class="verdict">${h(fit)}</span> <span class="note">${h(plural(systems.length))}</span><ul class="placed">${shown.map(chip).join('')}${more}</ul></td>`;
    });
    return `<tr><th scope="row">${h(architecture)}</th><td class="note">${h(EXPECTED[architecture])}</td>${cells.join('')}</tr>`;
  });
  return `<div class="table-wrap"><table class="fit-table"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function chip(system: SystemResult): string {
  const teams = system.fit.teams.map((team) => `${shortName(team.team)} (${team.structure}, ${team.roles.join('/')})`);
  const who = teams.length > 0 ? teams.join(', ') : 'no team';
  const why = system.fit.notes.join(' ') || COLUMN[system.fit.verdict];
  return `<li><a href="?open=${encodeURIComponent(system.ref)}#graph" data-system="${h(system.ref)}">${h(shortName(system.ref))}</a> <span class="muted">by ${h(who)}</span><div class="why">${h(why)}</div></li>`;
}

function plural(count: number): string {
  return count === 1 ? '1 system' : `${count} systems`;
}
