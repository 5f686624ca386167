/** Which findings and diagnostics fail a run when neither the config nor a flag says: one place, read by the
 * config schema and by the CLI's help text (which must not load the schema to print it). */
export const FAIL_ON_DEFAULTS = { failOn: 'error', failOnDiagnostics: 'error' } as const;
