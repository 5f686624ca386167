import type { AnalysisResult, ArchitectureLabel, StructureLabel } from '../../result/index.js';
import { ARCHITECTURE_LABELS, STRUCTURE_LABELS } from '../../result/index.js';
import { truncate } from '../format.js';
import { escapeHtml as h } from './escape-html.js';
import { shortName } from './relations.js';

type Cell = 'fits' | 'helps' | 'partial' | 'misfit' | 'no-fit' | 'unknown';

// The model's fit table (docs/model.md, "The fit"), one cell per architecture and team structure.
const MODEL: Record<ArchitectureLabel, Record<StructureLabel, [Cell, string]>> = {
  monolith: {
    sre: ['fits', 'keeps it reliable'],
    'cross-functional': ['partial', 'ops skills, but a big monolith wants SRE'],
    insourcing: ['helps', 'may help with infrastructure'],
    'dev-only': ['fits', 'builds it, beside an SRE team'],
    'ops-only': ['partial', 'runs it without SRE practice'],
    undetermined: ['unknown', 'declare member roles'],
  },
  microservices: {
    sre: ['misfit', 'hand-off: runs what others build'],
    'cross-functional': ['fits', 'one team per service, runs what it builds'],
    insourcing: ['helps', 'provides shared infrastructure'],
    'dev-only': ['misfit', 'hand-off: someone else runs it'],
    'ops-only': ['misfit', 'hand-off: runs what others build'],
    undetermined: ['unknown', 'declare member roles'],
  },
  'micro-monolith': Object.fromEntries(STRUCTURE_LABELS.map((s) => [s, ['no-fit', 'consolidate (A) or decouple (B)']])) as Record<StructureLabel, [Cell, string]>,
  undetermined: Object.fromEntries(STRUCTURE_LABELS.map((s) => [s, ['unknown', 'architecture undetermined']])) as Record<StructureLabel, [Cell, string]>,
};

const CELL_LIMIT = 8;

/** The model's table of architecture x team structure, with each system placed by the teams around it. */
export function fitTable(result: AnalysisResult): string {
  const placed = new Map<string, string[]>();
  for (const system of result.systems) {
    for (const team of system.fit.teams) {
      const key = `${system.architecture.label} ${team.structure}`;
      const chip = `<li>${h(shortName(system.ref))} <span class="muted">by ${h(shortName(team.team))} (${h(team.roles.join('/'))})</span></li>`;
      const list = placed.get(key);
      if (list) list.push(chip);
      else placed.set(key, [chip]);
    }
  }
  const head = `<tr><th scope="col">architecture \\ team structure</th>${STRUCTURE_LABELS.map((s) => `<th scope="col">${h(s)}</th>`).join('')}</tr>`;
  const rows = ARCHITECTURE_LABELS.map((architecture) => {
    const cells = STRUCTURE_LABELS.map((structure) => {
      const [verdict, note] = MODEL[architecture][structure];
      const { shown, hidden } = truncate(placed.get(`${architecture} ${structure}`) ?? [], CELL_LIMIT);
      const more = hidden > 0 ? `<li class="muted">... and ${hidden} more</li>` : '';
      const list = shown.length > 0 ? `<ul class="placed">${shown.join('')}${more}</ul>` : '';
      return `<td class="fit-${verdict}"><span class="verdict">${verdict}</span> <span class="note">${h(note)}</span>${list}</td>`;
    });
    return `<tr><th scope="row">${h(architecture)}</th>${cells.join('')}</tr>`;
  });
  return `<table class="fit-table"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}
