import { jsonPieces } from './json-pieces.js';
import type { Reporter } from './types.js';

/** The result as `JSON.stringify(result, null, 2)` writes it, in pieces: an organisation's result can pass V8's string limit. */
export const renderJson: Reporter = function* (result) {
  yield* jsonPieces(result, '  ');
  yield '\n';
};
