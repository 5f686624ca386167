import type { ChangeTable } from '../change-table.js';
import { column, orderRows } from '../sort.js';
import type { Cell, Table } from '../table.js';

/**
 * `age`: whole months from each entity's latest change (a date before time zero) to time zero, youngest
 * first. Dates are midnight UTC; months are counted as Joda-Time does (code-maat's clj-time).
 */
export function age(table: ChangeTable, now: Date): Table {
  const latest = new Array<string>(table.entities.length).fill('');
  // Whether each commit's day is before time zero, decided once per commit rather than once per row.
  const pastByDay = new Map<string, boolean>();
  const isPast = table.dates.map((date) => {
    let past = pastByDay.get(date);
    if (past === undefined) pastByDay.set(date, (past = Date.parse(`${date}T00:00:00Z`) < now.getTime()));
    return past;
  });
  for (let row = 0; row < table.entity.length; row++) {
    const rev = table.rev[row] ?? 0;
    const date = table.dates[rev] ?? '';
    const entity = table.entity[row] ?? 0;
    if (isPast[rev] === true && date > (latest[entity] ?? '')) latest[entity] = date;
  }
  const rows: Cell[][] = latest.flatMap((date, entity) => (date === '' ? [] : [[table.entities[entity] ?? '', monthsBetween(new Date(`${date}T00:00:00Z`), now)]]));
  return { columns: ['entity', 'age-months'], rows: orderRows(rows, [column(1)], 'asc') };
}

/** Joda-Time's month difference (BasicMonthOfYearDateTimeField.getDifferenceAsLong), in UTC. */
export function monthsBetween(start: Date, end: Date): number {
  let difference = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  let startInstant = start.getTime();
  const endDay = end.getUTCDate();
  const daysInEndMonth = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  if (endDay === daysInEndMonth && start.getUTCDate() > endDay) {
    startInstant = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), endDay, start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds());
  }
  const endRemainder = end.getTime() - Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1);
  const startRemainder = startInstant - Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
  if (endRemainder < startRemainder) difference -= 1;
  return difference;
}
