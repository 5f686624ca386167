import { askGit } from '../ingest/git/ask-git.js';
import { COMPOSE_FILE } from './manifests/compose.js';
import { mayBeKubernetes } from './manifests/kubernetes.js';
import { baseName, dirOf, isInside } from './paths.js';
import type { Diagnostic } from '../result/index.js';

/**
 * How long one way of deploying may go unchanged while another is changed before it counts as left behind.
 * Two years: long enough that a stable production manifest beside a busy development compose file is not
 * dropped for being quiet, short enough that a deployment kept only for history does not outvote today's.
 */
export const STALE_AFTER_SECONDS = 2 * 365 * 24 * 3600;

type Kind = 'compose' | 'kubernetes' | 'helm' | 'skaffold';

/** One way the repository describes how it is deployed: one kind of manifest, wherever its files are. */
interface Deployment {
  kind: Kind;
  files: string[];
  lastChange: number;
}

export interface StaleManifests {
  /** Files of deployments left behind: not read as what the repository runs. */
  files: Set<string>;
  diagnostics: Diagnostic[];
}

/**
 * Deployment manifests that were left behind: one kind of manifest (old Kubernetes manifests) unchanged for
 * STALE_AFTER_SECONDS before another kind the same repository deploys with (the Helm chart or compose file
 * the project maintains) last changed. A kind is judged as a whole: services keeping their own compose
 * files, some quiet for years, are one way of deploying that is still in use. What the repository runs today is the deployment
 * people still change; a stale one would add units, images and datastores that no longer exist.
 * Without git history nothing is stale.
 */
export async function staleManifests(root: string, files: readonly string[], read: (file: string) => Promise<string | undefined>): Promise<StaleManifests> {
  const none: StaleManifests = { files: new Set(), diagnostics: [] };
  const deployments = await deploymentsOf(files, read);
  if (deployments.length < 2) return none;
  for (const deployment of deployments) {
    const last = await lastChange(root, deployment.files);
    if (last === undefined) return none;
    deployment.lastChange = last;
  }
  const newest = deployments.reduce((a, b) => (b.lastChange > a.lastChange ? b : a));
  const stale = deployments.filter((d) => d !== newest && newest.lastChange - d.lastChange >= STALE_AFTER_SECONDS);
  return {
    files: new Set(stale.flatMap((d) => d.files)),
    diagnostics: stale.map((d) => ({
      severity: 'info',
      code: 'discover-stale-manifests',
      message: `${where(d)} last changed ${day(d.lastChange)}, ${years(newest.lastChange - d.lastChange)} before ${where(newest)} (${day(newest.lastChange)}); read as left behind, not as what the repository runs`,
      file: d.files[0] ?? '.',
    })),
  };
}

const KIND_NAME: Record<Kind, string> = { compose: 'compose files', kubernetes: 'Kubernetes manifests', helm: 'Helm charts', skaffold: 'Skaffold configuration' };

async function deploymentsOf(files: readonly string[], read: (file: string) => Promise<string | undefined>): Promise<Deployment[]> {
  const chartDirs = files.filter((file) => baseName(file) === 'Chart.yaml').map(dirOf);
  const byKey = new Map<string, Deployment>();
  const add = (kind: Kind, file: string) => {
    const deployment = byKey.get(kind) ?? { kind, files: [], lastChange: 0 };
    deployment.files.push(file);
    byKey.set(kind, deployment);
  };
  for (const file of files) {
    const name = baseName(file);
    if (COMPOSE_FILE.test(name)) add('compose', file);
    else if (/^skaffold\.ya?ml$/.test(name)) add('skaffold', file);
    else if (chartDirs.some((dir) => isInside(file, dir))) {
      if (/\.(ya?ml|tpl)$/.test(name)) add('helm', file);
    } else if (/\.ya?ml$/.test(name) && mayBeKubernetes((await read(file)) ?? '')) add('kubernetes', file);
  }
  return [...byKey.values()];
}

/** The commit time of the last change to any of the files (undefined outside a git work tree). */
async function lastChange(root: string, files: readonly string[]): Promise<number | undefined> {
  let last: number | undefined;
  // Pathspecs in chunks keep the command line short for a folder of thousands of manifests.
  for (let i = 0; i < files.length; i += 200) {
    const run = await askGit(root, ['log', '-1', '--format=%ct', '--', ...files.slice(i, i + 200).map((f) => `:(literal)${f}`)]).catch(() => undefined);
    if (run === undefined || !run.ok) return undefined;
    const seconds = Number(run.stdout.trim());
    if (run.stdout.trim() !== '' && Number.isFinite(seconds)) last = Math.max(last ?? 0, seconds);
  }
  // Files not committed yet are being changed now.
  return last ?? Math.floor(Date.now() / 1000);
}

const where = (d: Deployment) => `${KIND_NAME[d.kind]} (${d.files.length === 1 ? d.files[0] : `${d.files[0]} and ${d.files.length - 1} more`})`;
const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);
const years = (seconds: number) => `${(seconds / (365 * 24 * 3600)).toFixed(1)} years`;
