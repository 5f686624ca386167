/**
 * The architecture verdict teamfit gave the repository's system. Discovery names the system it built
 * (`discovery[].system`); without discovery, or when it names none, the first system stands for it.
 * No system at all (nothing deployable and no catalog) is what a library should give: undetermined.
 */
export function systemVerdict(result) {
  const named = new Set((result.discovery ?? []).map((d) => d.system).filter(Boolean));
  const system = result.systems.find((s) => named.has(s.ref)) ?? result.systems[0];
  if (system === undefined) return { label: 'undetermined', confidence: 0, deciding: 'no system' };
  const { label, confidence, reason, signals } = system.architecture;
  return { label, confidence, deciding: decidingSignals(label, reason, signals) };
}

/**
 * The strongest signals that pushed towards the label, in a few words; the reason when none did.
 * A signal measured several times (one per shared library) is shown once with its count.
 */
function decidingSignals(label, reason, signals) {
  const byId = new Map();
  for (const s of signals) {
    if (s.pushes !== label || s.weight <= 0) continue;
    const seen = byId.get(s.id);
    byId.set(s.id, { id: s.id, value: s.value, weight: Math.max(s.weight, seen?.weight ?? 0), count: (seen?.count ?? 0) + 1 });
  }
  const pushing = [...byId.values()]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map((s) => (s.count > 1 ? `${s.id}×${s.count}` : `${s.id}=${formatValue(s.value)}`));
  return pushing.length > 0 ? pushing.join(', ') : firstSentence(reason);
}

const formatValue = (value) => (typeof value === 'number' ? String(Math.round(value * 100) / 100) : String(value));

const firstSentence = (text) => {
  const end = text.search(/\.(\s|$)/);
  return (end < 0 ? text : text.slice(0, end)).slice(0, 120);
};

/** Couplings discovery held to be proven (`coupled: true`), as `kind` with a count when repeated. */
export function provenCouplings(result) {
  const counts = new Map();
  for (const d of result.discovery ?? []) {
    for (const c of d.coupling ?? []) if (c.coupled === true) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => (n > 1 ? `${kind}×${n}` : kind)).join(', ');
}
