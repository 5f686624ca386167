import type { Diagnostic, SourcePosition } from '../result/index.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** The Backstage kinds teamfit reads, spelled as in the catalog. */
export const KNOWN_KINDS = ['Domain', 'System', 'Component', 'API', 'Resource', 'Group', 'User', 'Location'] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];

export interface RawMetadata {
  name: string;
  /** `default` when the file does not say. */
  namespace: string;
  title?: string;
  description?: string;
  annotations: Record<string, string>;
  labels: Record<string, string>;
  tags: string[];
}

/**
 * One catalog entity as read from a file: its envelope checked, its spec left as plain JSON for the model
 * stage to interpret. Positions let every later diagnostic or finding point at a file, line and column.
 */
export interface RawEntity {
  apiVersion: string;
  kind: KnownKind;
  metadata: RawMetadata;
  spec: JsonObject;
  /** Where the entity's document starts (its first key). */
  position: SourcePosition;
  /** Positions of values by dotted path: `metadata.name`, `spec.owner`, `spec.dependsOn.0`, ... */
  positions: ReadonlyMap<string, SourcePosition>;
}

export interface IngestResult {
  entities: RawEntity[];
  diagnostics: Diagnostic[];
  /** Every catalog file read, relative to the working directory, in the order read. */
  files: string[];
}

export interface IngestOptions {
  /** Files or directories; directories are scanned recursively for *.yaml / *.yml. */
  paths: string[];
  /** Base for relative paths in output; defaults to process.cwd(). */
  cwd?: string;
  /** Progress on long reads: files and entities read so far (the CLI prints it on a terminal). */
  onProgress?: (message: string) => void;
  /**
   * Threads that parse files, the calling one included (2: it and one worker thread), for any input; 1
   * parses in the calling thread only. Default: TEAMFIT_PARSE_THREADS or 2, at most the machine's cores,
   * once the input reaches 20 files and 1 MB (starting a worker costs about 0.15 s of CPU). The result is
   * the same, in every detail and order, whatever the number.
   */
  threads?: number;
  /** Largest catalog file read, in bytes (default 20 MiB); a bigger one is a file-too-large warning. */
  maxFileBytes?: number;
}
