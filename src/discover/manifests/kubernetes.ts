import { recogniseImage } from '../infrastructure.js';
import { scanValue } from '../references.js';
import type { Claims, Evidence } from '../types.js';
import type { NameAffix } from './kustomize-names.js';
import { arr, isObj, parseYamlDocs, str, type Obj, type YamlDoc } from '../yaml-docs.js';

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'CronJob']);

interface Workload {
  name: string;
  labels: Record<string, string>;
  claimIndex: number;
  isResource: boolean;
}

/** Kubernetes Services seen across files, matched to workloads by selector once every file is read. */
export interface KubeState {
  workloads: Workload[];
  services: Array<{ name: string; selector: Record<string, string>; evidence: Evidence }>;
}

export function newKubeState(): KubeState {
  return { workloads: [], services: [] };
}

/** Whether a YAML text may hold Kubernetes objects; a cheap check before parsing every YAML file. */
export function mayBeKubernetes(text: string): boolean {
  return /^kind:\s*(Deployment|StatefulSet|DaemonSet|CronJob|Service)\s*$/m.test(text);
}

/** Plain Kubernetes manifests (also kustomize bases and overlays, which are plain YAML). */
export function parseKubernetes(file: string, text: string, state: KubeState, claims: Claims, isKustomize: boolean, affix?: NameAffix): void {
  for (const doc of parseYamlDocs(text, file, claims.diagnostics)) {
    for (const [object, prefix] of objects(doc)) readObject(object, prefix, doc, file, state, claims, isKustomize, affix);
  }
}

/** A document, or each item of a `kind: List`. */
function objects(doc: YamlDoc): Array<[Obj, string]> {
  if (!isObj(doc.value)) return [];
  if (doc.value.kind === 'List') return arr(doc.value.items).flatMap((item, i): Array<[Obj, string]> => (isObj(item) ? [[item, `items.${i}.`]] : []));
  return [[doc.value, '']];
}

function readObject(object: Obj, prefix: string, doc: YamlDoc, file: string, state: KubeState, claims: Claims, isKustomize: boolean, affix?: NameAffix): void {
  const kind = str(object.kind);
  const metadata = isObj(object.metadata) ? object.metadata : {};
  const written = str(metadata.name);
  // Kustomize's namePrefix/nameSuffix: the object runs (and is reached) by its built name.
  const name = written === undefined || affix === undefined ? written : `${affix.prefix}${written}${affix.suffix}`;
  if (!kind || !name) return;
  const spec = isObj(object.spec) ? object.spec : {};
  if (kind === 'Service') {
    state.services.push({ name, selector: stringMap(spec.selector), evidence: doc.at(`${prefix}metadata.name`) });
    return;
  }
  if (!WORKLOADS.has(kind)) return;
  const podPath = kind === 'CronJob' ? 'spec.jobTemplate.spec.template' : 'spec.template';
  const pod = dig(object, podPath);
  const podSpec = isObj(pod) && isObj(pod.spec) ? pod.spec : {};
  const containers = arr(podSpec.containers).filter(isObj);
  const image = str(containers[0]?.image);
  const evidence = doc.at(`${prefix}metadata.name`);
  const labels = { ...stringMap(isObj(pod) && isObj(pod.metadata) ? pod.metadata.labels : undefined) };
  const known = image ? recogniseImage(image) : undefined;
  if (known) {
    claims.resources.push({ name, ...known, hosts: [name], evidence });
    state.workloads.push({ name, labels, claimIndex: claims.resources.length - 1, isResource: true });
  } else {
    claims.units.push({ name, source: isKustomize ? 'kustomize' : 'kubernetes', isDeploy: true, hosts: [name], evidence, ...(image ? { image } : {}) });
    state.workloads.push({ name, labels, claimIndex: claims.units.length - 1, isResource: false });
  }
  containers.forEach((container, c) => {
    arr(container.env).forEach((entry, e) => {
      if (!isObj(entry)) return;
      const key = str(entry.name);
      const value = str(entry.value);
      if (key && value !== undefined) {
        scanValue(key, value, doc.at(`${prefix}${podPath}.spec.containers.${c}.env.${e}.value`), { from: { unit: name } }, claims);
      }
    });
  });
}

/** Gives each workload the names of the Services that select it, so `http://cart-svc` finds `cart`. */
export function linkKubeServices(state: KubeState, claims: Claims): void {
  for (const service of state.services) {
    const selected = state.workloads.filter((w) =>
      Object.keys(service.selector).length > 0
        ? Object.entries(service.selector).every(([key, value]) => w.labels[key] === value)
        : w.name === service.name,
    );
    for (const workload of selected) {
      const claim = workload.isResource ? claims.resources[workload.claimIndex] : claims.units[workload.claimIndex];
      if (claim && !(claim.hosts ?? []).includes(service.name)) claim.hosts = [...(claim.hosts ?? []), service.name];
    }
  }
}

function dig(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => (isObj(current) ? current[key] : undefined), value);
}

function stringMap(value: unknown): Record<string, string> {
  if (!isObj(value)) return {};
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (str(v) === undefined ? [] : [[k, str(v) ?? '']])));
}
