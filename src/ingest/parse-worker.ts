import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { parseCatalogFile } from './parse-file.js';
import { encodeFileParse } from './parse-wire.js';
import type { ParseReply, ParseRequest } from './parse-pool.js';

// Entry point of a parse-pool thread: reads and parses one file per message. It only reads files the main
// thread has already checked (inside the roots, not seen, not too large) and never touches other state.
const port = parentPort;
port?.on('message', (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: request.id, parse: encodeFileParse(parseCatalogFile(readFileSync(request.path), request.file)) };
  } catch (error) {
    // The main thread parses the file again itself, so the error surfaces exactly as without a pool.
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
