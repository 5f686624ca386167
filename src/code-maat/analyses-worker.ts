import { parentPort } from 'node:worker_threads';
import type { ChangeTable } from './change-table.js';
import { ANALYSES, type AnalysisName } from './analyses/index.js';
import { tableToJsonPieces } from './format-table.js';
import type { MiningParameters } from './options.js';

/** What the main thread asks of the analysis thread: these analyses of this table, as JSON rows. */
export interface AnalysesRequest {
  table: ChangeTable;
  names: AnalysisName[];
  parameters: MiningParameters;
  /** "Now" of the age analysis, in milliseconds. */
  now: number;
  rows?: number;
}

export type AnalysesReply = { json: Array<[AnalysisName, Uint8Array]> } | { error: string };

/** One analysis's rows as JSON, in a buffer of its own (it is handed over to the other thread, not copied). */
export function analysisJson(table: ChangeTable, name: AnalysisName, parameters: MiningParameters, now: Date, rows: number | undefined): Uint8Array {
  const pieces: Buffer[] = [];
  // The pieces are lent: each is copied before the next is made.
  for (const piece of tableToJsonPieces(ANALYSES[name].run(table, parameters, now), rows)) pieces.push(Buffer.from(piece));
  const json = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    json.set(piece, at);
    at += piece.length;
  }
  return json;
}

parentPort?.on('message', (request: AnalysesRequest) => {
  try {
    const json = request.names.map((name): [AnalysisName, Uint8Array] => [name, analysisJson(request.table, name, request.parameters, new Date(request.now), request.rows)]);
    parentPort?.postMessage({ json } satisfies AnalysesReply, json.map(([, bytes]) => bytes.buffer as ArrayBuffer));
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies AnalysesReply);
  }
});
