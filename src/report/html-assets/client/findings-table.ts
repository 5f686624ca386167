import type { SeverityName, ViewData, ViewFinding } from '../../html/view-types.js';
import { el } from './data.js';

const PAGE = 100;
const RANK: Record<SeverityName, number> = { error: 0, warning: 1, info: 2 };
const short = (ref: string) => ref.slice(ref.indexOf(':') + 1).replace(/^default\//, '');

type Column = 'severity' | 'rule' | 'subject' | 'team' | 'system' | 'baseline' | 'message';

/**
 * Every finding one by one, filtered by the page's filters and sorted by any column; rows are drawn a page
 * at a time, so 10,000 findings cost what 100 do until the reader asks for more.
 */
export class FindingsTable {
  private sortBy: Column = 'severity';
  private isAscending = true;
  private shown = PAGE;
  private rows: number[] = [];

  constructor(private readonly box: HTMLElement, private readonly data: ViewData, private readonly onPick: (index: number) => void) {}

  update(passes: (finding: ViewFinding) => boolean): void {
    this.rows = this.data.findings.map((_finding, index) => index).filter((index) => {
      const finding = this.data.findings[index];
      return finding !== undefined && passes(finding);
    });
    this.shown = PAGE;
    this.render();
  }

  private render(): void {
    const value = (finding: ViewFinding): string | number => {
      switch (this.sortBy) {
        case 'severity': return RANK[finding.severity];
        case 'rule': return finding.ruleId;
        case 'subject': return finding.subject;
        case 'team': return finding.team;
        case 'system': return finding.system ?? '';
        case 'baseline': return finding.baseline ?? '';
        case 'message': return finding.message;
      }
    };
    const sign = this.isAscending ? 1 : -1;
    const sorted = [...this.rows].sort((a, b) => {
      const x = this.data.findings[a];
      const y = this.data.findings[b];
      if (!x || !y) return 0;
      const [p, q] = [value(x), value(y)];
      return (p < q ? -1 : p > q ? 1 : a - b) * sign;
    });
    const columns: Column[] = ['severity', 'rule', 'subject', 'team', 'system', ...(this.data.hasBaseline ? (['baseline'] as Column[]) : []), 'message'];
    const table = el('table', undefined, 'sortable findings');
    const head = el('tr');
    for (const column of columns) {
      const th = el('th');
      th.scope = 'col';
      if (column === this.sortBy) th.setAttribute('aria-sort', this.isAscending ? 'ascending' : 'descending');
      const button = el('button', column, 'sort');
      button.type = 'button';
      button.addEventListener('click', () => {
        this.isAscending = column === this.sortBy ? !this.isAscending : true;
        this.sortBy = column;
        this.render();
      });
      th.append(button);
      head.append(th);
    }
    const thead = el('thead');
    thead.append(head);
    const body = el('tbody');
    for (const index of sorted.slice(0, this.shown)) {
      const finding = this.data.findings[index];
      if (finding) body.append(this.row(finding, index, columns));
    }
    table.append(thead, body);
    const status = el('p', `${this.rows.length} of ${this.data.findings.length} findings match the filters${this.rows.length > this.shown ? `; the first ${this.shown} shown` : ''}.`, 'muted');
    status.id = 'tf-findings-status';
    this.box.replaceChildren(status, table);
    if (this.rows.length > this.shown) {
      const more = el('button', `Show ${Math.min(PAGE, this.rows.length - this.shown)} more`);
      more.type = 'button';
      more.addEventListener('click', () => {
        this.shown += PAGE;
        this.render();
      });
      this.box.append(more);
    }
  }

  private row(finding: ViewFinding, index: number, columns: Column[]): HTMLElement {
    const tr = el('tr', undefined, `sev-border-${finding.severity}`);
    const cell = (text: string, className?: string) => tr.append(el('td', text, className));
    for (const column of columns) {
      if (column === 'severity') {
        const td = el('td');
        td.append(el('span', finding.severity, `sev sev-${finding.severity}`));
        tr.append(td);
      } else if (column === 'subject') {
        const td = el('td');
        const button = el('button', short(finding.subject), 'link');
        button.type = 'button';
        button.title = `details of this finding on ${finding.subject}`;
        button.addEventListener('click', () => this.onPick(index));
        td.append(button);
        tr.append(td);
      } else if (column === 'rule') cell(finding.ruleId);
      else if (column === 'team') cell(short(finding.team));
      else if (column === 'system') cell(finding.system ? short(finding.system) : '');
      else if (column === 'baseline') cell(finding.baseline ?? '');
      else cell(finding.message, 'why');
    }
    return tr;
  }
}
