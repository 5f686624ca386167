import type { Unit } from './types.js';

// `gcr.io/x/cartservice:v1` -> `cartservice`; the repository of an image, whatever its registry or tag.
const imageRepo = (image: string) => ((image.split('@')[0] ?? '').toLowerCase().split('/').pop() ?? '').split(':')[0] ?? '';
const CANARY = /-(v\d+|canary|blue|green|stable)$/;

/**
 * Whether two units are one service deployed twice: the same image repository declared by different kinds of
 * manifest (a compose service and a Kubernetes Deployment), or a Kubernetes canary (`reviews-v2` beside
 * `reviews-v1`, `reviews`) running another tag of the same image.
 */
function isSameService(a: Unit, b: Unit): boolean {
  if (a.image === undefined || b.image === undefined || imageRepo(a.image) !== imageRepo(b.image)) return false;
  if (a.sourceDir !== '' && b.sourceDir !== '' && a.sourceDir !== b.sourceDir) return false;
  const otherManifests = !a.sources.some((s) => b.sources.includes(s));
  const canary = a.name.replace(CANARY, '') === b.name.replace(CANARY, '');
  return otherManifests || canary;
}

/** Merges units that are one service found twice; the first found keeps its name and gains the other's evidence. */
export function mergeSameService(units: readonly Unit[]): Unit[] {
  const kept: Unit[] = [];
  // Units that know their source come first, so the merged unit keeps it.
  const ordered = [...units.filter((u) => u.sourceDir !== ''), ...units.filter((u) => u.sourceDir === '')];
  for (const unit of ordered) {
    const same = kept.find((k) => isSameService(k, unit));
    if (!same) {
      kept.push(unit);
      continue;
    }
    for (const source of unit.sources) if (!same.sources.includes(source)) same.sources.push(source);
    for (const e of unit.evidence) if (!same.evidence.some((x) => x.file === e.file && x.line === e.line)) same.evidence.push(e);
    for (const host of [unit.name, ...unit.hosts]) if (!same.hosts.includes(host)) same.hosts.push(host);
    if (same.sourceDir === '') same.sourceDir = unit.sourceDir;
  }
  return units.filter((u) => kept.includes(u));
}
