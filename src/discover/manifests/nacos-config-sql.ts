/** One configuration Nacos serves, as a SQL dump inserts it into its `config_info` table. */
export interface NacosConfigRow {
  dataId: string;
  content: string;
  /** Nacos's `type` column (`yaml`, `properties`, `json`, `text`) when the insert names it. */
  type?: string;
  /** Line of the SQL file where the row's values start. */
  line: number;
}

const INSERT = /insert\s+into\s+[`"]?config_info[`"]?\s*\(([^)]*)\)\s*values\s*/gi;

/**
 * The rows of `INSERT INTO config_info (...) VALUES (...), (...);` statements: how Nacos (and the
 * Spring Cloud Alibaba projects that ship its database) keeps each service's configuration in the
 * repository. Column order comes from the statement; MySQL string escapes are undone.
 */
export function nacosConfigRows(sql: string): NacosConfigRow[] {
  const rows: NacosConfigRow[] = [];
  // Lines are counted forward from the last row, so a dump of many rows is read in one pass.
  let counted = 0;
  let line = 1;
  const lineAt = (at: number) => {
    for (; counted < at; counted++) if (sql.charCodeAt(counted) === 10) line++;
    return line;
  };
  for (const insert of sql.matchAll(INSERT)) {
    const columns = (insert[1] ?? '').split(',').map((c) => c.trim().replace(/^[`"]|[`"]$/g, '').toLowerCase());
    const dataAt = columns.indexOf('data_id');
    const contentAt = columns.indexOf('content');
    const typeAt = columns.indexOf('type');
    if (dataAt < 0 || contentAt < 0) continue;
    let at = (insert.index ?? 0) + insert[0].length;
    for (;;) {
      at = skipSpace(sql, at);
      if (sql[at] !== '(') break;
      const rowLine = lineAt(at);
      const tuple = readTuple(sql, at + 1);
      if (tuple === undefined) break;
      const dataId = tuple.values[dataAt];
      const content = tuple.values[contentAt];
      const type = typeAt < 0 ? undefined : tuple.values[typeAt];
      if (dataId !== undefined && content !== undefined) rows.push({ dataId, content, line: rowLine, ...(type ? { type } : {}) });
      at = skipSpace(sql, tuple.end);
      if (sql[at] !== ',') break;
      at++;
    }
  }
  return rows;
}

const skipSpace = (text: string, at: number) => {
  let i = at;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
};

const LITERAL_END = /[,)]/g;

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', b: '\b', Z: '\x1a' };

/** The values of one `( ... )` tuple from just after its `(`; strings unescaped, other literals as written. */
function readTuple(text: string, start: number): { values: Array<string | undefined>; end: number } | undefined {
  const values: Array<string | undefined> = [];
  let i = start;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] === "'") {
      let value = '';
      for (i++; i < text.length; i++) {
        const c = text[i] ?? '';
        if (c === '\\') value += ESCAPES[text[++i] ?? ''] ?? text[i] ?? '';
        else if (c === "'" && text[i + 1] === "'") value += text[++i] ?? '';
        else if (c === "'") break;
        else value += c;
      }
      if (i >= text.length) return undefined;
      values.push(value);
      i++;
    } else {
      LITERAL_END.lastIndex = i;
      const found = LITERAL_END.exec(text);
      if (found === null) return undefined;
      const literal = text.slice(i, found.index).trim();
      values.push(/^null$/i.test(literal) ? undefined : literal);
      i = found.index;
    }
    i = skipSpace(text, i);
    if (text[i] === ',') i++;
    else if (text[i] === ')') return { values, end: i + 1 };
    else return undefined;
  }
}
