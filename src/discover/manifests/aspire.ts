import type { Claims, ResourceType } from '../types.js';
import { lineLocator } from '../yaml-docs.js';

/** Aspire hosting calls and the resource each adds (AddPostgres, AddRedis, ...). */
const RESOURCE_CALLS: Record<string, { technology: string; type: ResourceType }> = {
  AddPostgres: { technology: 'postgres', type: 'database' },
  AddSqlServer: { technology: 'sqlserver', type: 'database' },
  AddMySql: { technology: 'mysql', type: 'database' },
  AddMongoDB: { technology: 'mongodb', type: 'database' },
  AddOracle: { technology: 'oracle', type: 'database' },
  AddAzureCosmosDB: { technology: 'cosmosdb', type: 'database' },
  AddRedis: { technology: 'redis', type: 'cache' },
  AddGarnet: { technology: 'garnet', type: 'cache' },
  AddValkey: { technology: 'valkey', type: 'cache' },
  AddRabbitMQ: { technology: 'rabbitmq', type: 'queue' },
  AddKafka: { technology: 'kafka', type: 'queue' },
  AddNats: { technology: 'nats', type: 'queue' },
  AddAzureServiceBus: { technology: 'servicebus', type: 'queue' },
  AddElasticsearch: { technology: 'elasticsearch', type: 'search-index' },
  AddAzureStorage: { technology: 'azure-storage', type: 'storage' },
};

export function isAspireHost(text: string): boolean {
  return text.includes('DistributedApplication.CreateBuilder');
}

/**
 * A .NET Aspire app host: `AddProject<Projects.Catalog_API>("catalog-api")` is a unit, `AddPostgres("pg")`
 * and `.AddDatabase("catalogdb")` are resources, `.WithReference(x)` a dependency. Statements are read with
 * regular expressions, which is enough for the fluent style app hosts are written in.
 */
export function parseAspireHost(file: string, text: string, claims: Claims): Map<string, string> {
  const lineAt = lineLocator(text);
  const variables = new Map<string, string>();
  /** Project class name (Catalog_API) by unit name, so the unit can be matched to its .csproj. */
  const projects = new Map<string, string>();
  const code = text.replace(/\/\/[^\n]*/g, (comment) => ' '.repeat(comment.length));
  let offset = 0;
  for (const statement of code.split(';')) {
    const start = offset;
    offset += statement.length + 1;
    const variable = /^\s*var\s+([A-Za-z_]\w*)\s*=/.exec(statement)?.[1];
    const at = (index: number) => ({ file, line: lineAt(start + index), column: 1 });
    // `catalogApi.WithReference(db)` as a statement of its own continues an earlier declaration.
    let named: string | undefined = variables.get(/^\s*([A-Za-z_]\w*)\s*\./.exec(statement)?.[1] ?? '');
    for (const call of statement.matchAll(/\.(Add\w+)\s*(?:<\s*Projects\.([\w.]+)\s*>)?\s*\(\s*"([^"]+)"/g)) {
      const [, method = '', project, name = ''] = call;
      const position = at(call.index ?? 0);
      if (method === 'AddProject' && project) {
        claims.units.push({ name, source: 'aspire', isDeploy: true, hosts: [name], evidence: position });
        projects.set(name, project);
      } else if (method === 'AddDatabase') {
        const receiver = variables.get(/([A-Za-z_]\w*)\s*\.\s*AddDatabase/.exec(statement)?.[1] ?? '') ?? named;
        const parent = claims.resources.find((r) => r.name === receiver);
        claims.resources.push({ name, type: 'database', technology: parent?.technology ?? 'database', hosts: [name], evidence: position });
      } else if (RESOURCE_CALLS[method]) {
        claims.resources.push({ name, ...(RESOURCE_CALLS[method] ?? { technology: 'other', type: 'other' }), hosts: [name], evidence: position });
      } else if (/^Add(Npm|Node|Javascript|Vite|Python|Uvicorn|Executable|Container|Dockerfile|Yarp)/.test(method)) {
        claims.units.push({ name, source: 'aspire', isDeploy: true, hosts: [name], evidence: position });
      }
      named = name;
    }
    if (variable && named) variables.set(variable, named);
    if (!named) continue;
    for (const ref of statement.matchAll(/\.(?:WithReference|WaitFor)\s*\(\s*([A-Za-z_]\w*)/g)) {
      const target = variables.get(ref[1] ?? '');
      if (target && target !== named) claims.references.push({ from: { unit: named }, target, kind: 'aspire-reference', evidence: at(ref.index ?? 0) });
    }
  }
  return projects;
}
