import type { CliIo } from './io.js';

/**
 * Diagnostics about this machine, not about the catalog: whoever reads the report may not be whoever can fix
 * the install (a CI job keeps only the SARIF), so these are also said on stderr, each once.
 */
const ABOUT_THIS_MACHINE: ReadonlySet<string> = new Set(['git-cache-unavailable']);

export function sayMachineNotes(io: CliIo, diagnostics: ReadonlyArray<{ severity: string; code: string; message: string }>): void {
  const said = new Set<string>();
  for (const { severity, code, message } of diagnostics) {
    if (!ABOUT_THIS_MACHINE.has(code) || said.has(message)) continue;
    said.add(message);
    io.stderr(`teamfit: ${severity}: ${message} (${code})\n`);
  }
}
