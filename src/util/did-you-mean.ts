/** The candidate closest to `word`, if it is close enough to be a likely typo (case, `-`/`_` and a few edits). */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const wanted = normalise(word);
  // An abbreviation (`warn` for `warning`) is as likely a slip as a typo.
  const extended = wanted.length >= 3 ? candidates.filter((candidate) => normalise(candidate).startsWith(wanted)) : [];
  if (extended.length === 1) return extended[0];
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalise(candidate));
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  if (best === undefined) return undefined;
  // Short words need a near-exact match, or every short typo would "mean" something.
  const allowed = Math.max(1, Math.floor(Math.min(wanted.length, normalise(best.candidate).length) / 3));
  return best.distance <= allowed ? best.candidate : undefined;
}

// `fail_on`, `fail-on` and `FailOn` are all near misses of `failOn`.
function normalise(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}

/** Levenshtein distance, with one row of memory. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
