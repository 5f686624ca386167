const CONTEXT = 3;

/**
 * A unified diff (git apply / patch -p1) of one text file whose lines are replaced in place and to which
 * lines may be appended: the only edits a patch of catalog owners or CODEOWNERS entries needs.
 */
export function lineDiff(file: string, text: string, replaced: ReadonlyMap<number, string>, appended: readonly string[] = []): string {
  const lines = text.split('\n');
  const hasFinalNewline = text.endsWith('\n');
  const total = hasFinalNewline ? lines.length - 1 : lines.length;
  const changed = [...replaced].filter(([line, now]) => line >= 1 && line <= total && now !== lines[line - 1]).map(([line]) => line).sort((a, b) => a - b);
  // Appending after a last line without a newline changes that line too (it gains one).
  if (appended.length > 0 && total > 0 && !changed.includes(total)) changed.push(total);
  if (changed.length === 0 && appended.length === 0) return '';
  const hunks: number[][] = [];
  for (const line of changed) {
    const last = hunks.at(-1);
    if (last && line - (last.at(-1) ?? 0) <= 2 * CONTEXT) last.push(line);
    else hunks.push([line]);
  }
  if (hunks.length === 0) hunks.push([]);
  const out = [`--- a/${file}\n`, `+++ b/${file}\n`];
  hunks.forEach((hunk, index) => {
    const isLast = index === hunks.length - 1;
    const first = hunk.length > 0 ? Math.max(1, (hunk[0] ?? 1) - CONTEXT) : Math.max(1, total - CONTEXT + 1);
    const last = isLast && appended.length > 0 ? total : Math.min(total, (hunk.at(-1) ?? total) + CONTEXT);
    const oldCount = total === 0 ? 0 : last - first + 1;
    const newCount = oldCount + (isLast ? appended.length : 0);
    out.push(`@@ -${total === 0 ? 0 : first},${oldCount} +${newCount === 0 ? 0 : first},${newCount} @@\n`);
    for (let line = first; total > 0 && line <= last; line++) {
      const old = lines[line - 1] ?? '';
      const now = replaced.get(line) ?? old;
      const isFileEnd = line === total;
      const oldEnd = isFileEnd && !hasFinalNewline ? '\n\\ No newline at end of file\n' : '\n';
      // The new side ends with a newline whenever lines follow it.
      const newEnd = isFileEnd && !hasFinalNewline && !(isLast && appended.length > 0) ? '\n\\ No newline at end of file\n' : '\n';
      if (now === old && oldEnd === newEnd) out.push(` ${old}${oldEnd}`);
      else out.push(`-${old}${oldEnd}`, `+${now}${newEnd}`);
    }
    if (isLast) for (const line of appended) out.push(`+${line}\n`);
  });
  return out.join('');
}
