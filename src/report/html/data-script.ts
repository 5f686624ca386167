import { gzipSync } from 'node:zlib';
import { jsonPieces } from '../json-pieces.js';
import { jsonForScriptPieces } from './escape-html.js';
import type { ViewData } from './view-types.js';

/** Component-level data up to this many characters stays in the page's one plain JSON element. */
export const PACK_ABOVE = 1 << 20;
// Each packed chunk is gzipped on its own, so no string or buffer grows with the organisation.
const CHUNK = 8 << 20;

/** The element ids the page's script reads the data from (src/report/html-assets/client/data.ts). */
export const DATA_ID = 'teamfit-data';
export const PACKED_DATA_ID = 'teamfit-data-gz';
export const PACKED_ORG_ID = 'teamfit-data-org-gz';

/**
 * The page's data as script elements. A small organisation's is one plain JSON element. A big one's
 * component-level nodes and edges (17 of the 19 MB of JSON at 10,000 components), which only a drill-down,
 * the search and the details panel read, go into a second element, gzipped and base64-encoded in chunks
 * (one per line): the browser's HTML parser scans every byte of a page before its script can start (about
 * a second for 17 MB here), and the page can draw the organisation view before it unpacks them.
 */
export function* dataScripts(data: ViewData): Generator<string> {
  const details = { nodes: data.nodes, edges: data.edges };
  const head: string[] = [];
  let size = 0;
  const pieces = jsonPieces(details);
  for (let next = pieces.next(); !next.done; next = pieces.next()) {
    head.push(next.value);
    size += next.value.length;
    if (size > PACK_ABOVE) {
      const { inner, ...org } = data.org;
      yield `<script type="application/json" id="${DATA_ID}">`;
      yield* jsonForScriptPieces({ ...data, org, nodes: [], edges: [] });
      // The departments' teams and systems (2 MB of JSON at 10,000 components), which the first view does not
      // draw either: unpacked first after it (a click on a department needs only them), then the component data.
      if (inner) {
        yield `</script>\n<script type="text/plain" id="${PACKED_ORG_ID}">`;
        yield* packed([], jsonPieces(inner));
      }
      yield `</script>\n<script type="text/plain" id="${PACKED_DATA_ID}">`;
      yield* packed(head, pieces);
      yield '</script>';
      return;
    }
  }
  yield `<script type="application/json" id="${DATA_ID}">`;
  yield* jsonForScriptPieces(data);
  yield '</script>';
}

function* packed(head: string[], rest: Iterator<string>): Generator<string> {
  let chunk = head;
  let size = head.reduce((sum, piece) => sum + piece.length, 0);
  for (let next = rest.next(); ; next = rest.next()) {
    if (!next.done) {
      chunk.push(next.value);
      size += next.value.length;
    }
    if (size >= CHUNK || (next.done && size > 0)) {
      yield `${gzipSync(Buffer.from(chunk.join(''), 'utf8')).toString('base64')}\n`;
      chunk = [];
      size = 0;
    }
    if (next.done) return;
  }
}
