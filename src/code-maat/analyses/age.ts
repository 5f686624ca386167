import type { ChangeTable } from '../change-table.js';
import { column, orderRows } from '../sort.js';
import type { Cell, Table } from '../table.js';

/**
 * `age`: whole months from each entity's latest change (a date before time zero) to time zero, youngest
 * first. Dates are midnight UTC; months are counted as Joda-Time does (code-maat's clj-time).
 */
export function age(table: ChangeTable, now: Date): Table {
  // Each commit's day as its place among the distinct days before time zero, ordered as their text compares
  // (YYYY-MM-DD), -1 for a day not before it: the latest change of each entity is then a comparison of numbers.
  const pastDays = [...new Set(table.dates)].filter((date) => Date.parse(`${date}T00:00:00Z`) < now.getTime()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const placeOfDay = new Map(pastDays.map((date, place) => [date, place]));
  const placeOfRev = new Int32Array(table.dates.length);
  for (let rev = 0; rev < table.dates.length; rev++) placeOfRev[rev] = placeOfDay.get(table.dates[rev] ?? '') ?? -1;
  const latest = new Int32Array(table.entities.length).fill(-1);
  for (let row = 0; row < table.entity.length; row++) {
    const place = placeOfRev[table.rev[row] ?? 0] ?? -1;
    const entity = table.entity[row] ?? 0;
    if (place > (latest[entity] ?? -1)) latest[entity] = place;
  }
  const monthsOfPlace = pastDays.map((date) => monthsBetween(new Date(`${date}T00:00:00Z`), now));
  const rows: Cell[][] = [];
  latest.forEach((place, entity) => {
    if (place >= 0) rows.push([table.entities[entity] ?? '', monthsOfPlace[place] ?? 0]);
  });
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
