import { constants } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AnalysisResult, SCHEMA_VERSION } from '../result/index.js';
import { UsageError } from '../util/errors.js';

/** Read a saved result; every problem is a UsageError that names the file. */
export async function loadResult(file: string, cwd: string): Promise<AnalysisResult> {
  let text: string;
  try {
    // Read back as one string: past V8's string limit it cannot be, and saying so beats 'Invalid string length'.
    const { size } = await stat(resolve(cwd, file));
    if (size > constants.MAX_STRING_LENGTH) {
      throw new UsageError(`${file}: too large to read back (${size} bytes; a saved result can be at most ${constants.MAX_STRING_LENGTH}, about 512 MiB): render it from analyze directly with --format`);
    }
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: cannot read: ${errorCode(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  checkVersion(file, data);
  const parsed = AnalysisResult.safeParse(data);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const path = first?.path.join('.') || '(root)';
    const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'issue' : 'issues'})` : '';
    throw new UsageError(`${file}: ${path}: ${first?.message ?? 'invalid'}${more}`);
  }
  return parsed.data;
}

// A result from another teamfit version deserves a clearer message than a list of field mismatches.
function checkVersion(file: string, data: unknown): void {
  if (typeof data !== 'object' || data === null || !('schemaVersion' in data)) return;
  const version = data.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new UsageError(`${file}: schemaVersion ${JSON.stringify(version)} is not supported (this teamfit reads ${SCHEMA_VERSION})`);
  }
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
