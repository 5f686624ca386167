import { nacosConfigRows } from './manifests/nacos-config-sql.js';
import { scanTree, scanValue } from './references.js';
import { servedName } from './served-name.js';
import type { Claims, Evidence } from './types.js';
import { parseYamlDocs } from './yaml-docs.js';

/**
 * The configuration a Nacos server holds for each service, read from the SQL that fills its `config_info`
 * table: a row with data_id `<service>-<profile>.yml` is that service's own configuration, so its
 * datasource URLs and hosts are the service's references, as if the file sat in the service's resources.
 * Rows for every client (`application-dev.yml`) and rows that are not YAML or properties are skipped.
 */
export function scanNacosConfig(file: string, sql: string, claims: Claims): void {
  for (const row of nacosConfigRows(sql)) {
    const format = configFormat(row.dataId, row.type);
    if (format === undefined) continue;
    const service = servedName(row.dataId);
    if (service === 'application' || service === '') continue;
    // The row is one line of the dump: every reference in it points there.
    const evidence: Evidence = { file, line: row.line, column: 1 };
    const context = { from: { unit: service } };
    if (format === 'yaml') {
      // Positions inside a row mean nothing in the dump, so a row that is not valid YAML is skipped quietly.
      for (const doc of parseYamlDocs(row.content, file, [])) scanTree(doc.value, '', () => evidence, context, claims);
    } else {
      for (const line of row.content.split('\n')) {
        const match = /^\s*([A-Za-z0-9_.-]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
        if (match && !line.trimStart().startsWith('#') && match[2]) scanValue(match[1] ?? '', match[2], evidence, context, claims);
      }
    }
  }
}

function configFormat(dataId: string, type: string | undefined): 'yaml' | 'properties' | undefined {
  if (/\.ya?ml$/i.test(dataId) || type === 'yaml') return 'yaml';
  if (/\.properties$/i.test(dataId) || type === 'properties') return 'properties';
  return undefined;
}
