/** A catalog entity as the generator writes it: plain data for `yaml` to serialise. */
export interface GenEntity {
  apiVersion: 'backstage.io/v1alpha1';
  kind: 'Group' | 'User' | 'System' | 'Component' | 'API' | 'Resource' | 'Location';
  metadata: { name: string; title?: string; description?: string; annotations?: Record<string, string>; tags?: string[] };
  spec: Record<string, unknown>;
}

export function entity(kind: GenEntity['kind'], metadata: GenEntity['metadata'], spec: Record<string, unknown>): GenEntity {
  return { apiVersion: 'backstage.io/v1alpha1', kind, metadata, spec };
}

export interface ComponentInput {
  name: string;
  type: string;
  owner: string;
  system: string;
  dependsOn?: string[];
  providesApis?: string[];
  consumesApis?: string[];
  sourceRepo?: string;
}

export function component(input: ComponentInput): GenEntity {
  const { name, type, owner, system, dependsOn = [], providesApis = [], consumesApis = [] } = input;
  const spec: Record<string, unknown> = { type, lifecycle: 'production', owner: `group:${owner}`, system };
  if (providesApis.length > 0) spec['providesApis'] = providesApis.map((api) => `api:${api}`);
  if (consumesApis.length > 0) spec['consumesApis'] = consumesApis.map((api) => `api:${api}`);
  if (dependsOn.length > 0) spec['dependsOn'] = dependsOn;
  const annotations = { 'backstage.io/source-location': `url:https://git.example.com/${input.sourceRepo ?? name}` };
  return entity('Component', { name, annotations }, spec);
}

export function api(name: string, owner: string, system: string): GenEntity {
  const definition = { $text: `https://git.example.com/${owner}/${name}/openapi.yaml` };
  return entity('API', { name }, { type: 'openapi', lifecycle: 'production', owner: `group:${owner}`, system, definition });
}

export function resource(name: string, type: string, owner: string, system: string): GenEntity {
  return entity('Resource', { name }, { type, owner: `group:${owner}`, system });
}

export function system(name: string, owner: string, annotations?: Record<string, string>): GenEntity {
  return entity('System', { name, ...(annotations ? { annotations } : {}) }, { owner: `group:${owner}` });
}
