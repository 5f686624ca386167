import { recogniseImage } from '../infrastructure.js';
import { dirOf, entityName } from '../paths.js';
import type { Claims, Evidence } from '../types.js';
import { arr, isObj, parseYamlDocs, str } from '../yaml-docs.js';

/**
 * A Helm chart, read from Chart.yaml and values.yaml only: templates are Go templates, not YAML, so they
 * are not parsed. The chart's app image (or each sub-chart section's image) is a unit; dependencies on
 * known charts (postgresql, redis, ...) are resources.
 */
export function parseHelmChart(chartFile: string, chartText: string, valuesText: string | undefined, claims: Claims): void {
  const dir = dirOf(chartFile);
  const chart = parseYamlDocs(chartText, chartFile, claims.diagnostics)[0];
  if (!chart || !isObj(chart.value)) return;
  const chartName = str(chart.value.name) ?? dir.split('/').pop() ?? 'chart';
  const appVersion = str(chart.value.appVersion);
  arr(chart.value.dependencies).forEach((dep, i) => {
    if (!isObj(dep)) return;
    const name = str(dep.alias) ?? str(dep.name);
    const known = name ? recogniseImage(str(dep.name) ?? name) : undefined;
    if (name && known) claims.resources.push({ name, ...known, hosts: [name, `${chartName}-${name}`], evidence: chart.at(`dependencies.${i}.name`) });
  });
  const valuesFile = dir === '.' ? 'values.yaml' : `${dir}/values.yaml`;
  const values = valuesText === undefined ? undefined : parseYamlDocs(valuesText, valuesFile, claims.diagnostics)[0];
  const images = values ? imagesIn(values.value, '', values.at) : [];
  const app = images.filter((image) => !recogniseImage(image.image));
  const chartAt = chart.at('name');
  if (app.length === 1) {
    const image = app[0];
    claims.units.push({
      name: chartName, source: 'helm', isDeploy: true, hosts: [chartName], evidence: image?.evidence ?? chartAt,
      ...(image ? { image: image.image } : {}), ...(appVersion ? { version: appVersion } : {}),
    });
  } else {
    for (const image of app) {
      const name = image.section === '' ? chartName : entityName(image.section);
      claims.units.push({ name, source: 'helm', isDeploy: true, hosts: [name], image: image.image, evidence: image.evidence, ...(appVersion ? { version: appVersion } : {}) });
    }
  }
  for (const image of images.filter((i) => recogniseImage(i.image))) {
    const known = recogniseImage(image.image);
    const name = image.section === '' ? (known?.technology ?? 'db') : entityName(image.section);
    if (known) claims.resources.push({ name, ...known, hosts: [name], evidence: image.evidence });
  }
}

interface ValuesImage {
  section: string;
  image: string;
  evidence: Evidence;
}

/** `image: repo:tag` or `image: {repository: ...}` up to three levels deep, with the top-level section it sits under. */
function imagesIn(value: unknown, path: string, at: (path: string) => Evidence, depth = 0): ValuesImage[] {
  if (!isObj(value) || depth > 3) return [];
  const section = path.split('.')[0] ?? '';
  const found: ValuesImage[] = [];
  for (const [key, item] of Object.entries(value)) {
    const here = path === '' ? key : `${path}.${key}`;
    if (key === 'image' && typeof item === 'string' && item !== '') found.push({ section, image: item, evidence: at(here) });
    else if (key === 'image' && isObj(item) && str(item.repository)) {
      const registry = str(item.registry);
      const repository = str(item.repository) ?? '';
      found.push({ section, image: registry ? `${registry}/${repository}` : repository, evidence: at(`${here}.repository`) });
    } else found.push(...imagesIn(item, here, at, depth + 1));
  }
  return found;
}
