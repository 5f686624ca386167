import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

// The official SARIF 2.1.0 schema (rtm.5, the release the OASIS standard froze), as shipped in
// @microsoft/jest-sarif; it is JSON Schema draft-04, hence ajv-draft-04.
const require = createRequire(import.meta.url);
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/** Validate a SARIF log; returns the errors as `path: message` lines (none when valid). */
export function sarifErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? ''}`);
}

// unicodeRegExp off: the schema's language pattern has a stray `]` that the `u` flag rejects.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
