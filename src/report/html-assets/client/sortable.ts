/**
 * Click a column's header to sort a static table by it (again to reverse): by a cell's `data-sort` when it
 * has one (confidence, fit order, counts), else by its text, numbers compared as numbers.
 */
export function makeSortable(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  headers.forEach((header, column) => {
    header.querySelector('button.sort')?.addEventListener('click', () => {
      const isAscending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', isAscending ? 'ascending' : 'descending');
      const body = table.tBodies[0];
      if (!body) return;
      const key = (row: HTMLTableRowElement): string | number => {
        const cell = row.cells[column];
        const text = cell?.dataset['sort'] ?? cell?.textContent?.trim() ?? '';
        const number = Number(text.replace(/%$/, ''));
        return text !== '' && Number.isFinite(number) ? number : text.toLowerCase();
      };
      const rows = [...body.rows].map((row) => ({ row, key: key(row) }));
      rows.sort((a, b) => {
        const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : String(a.key).localeCompare(String(b.key));
        return isAscending ? order : -order;
      });
      body.append(...rows.map(({ row }) => row));
    });
  });
}
