import { type Command, Option } from 'commander';
import { FAIL_ON_DEFAULTS } from '../config/fail-on-defaults.js';
import { FORMATS } from '../report/index.js';
import { DETAILS, type Detail } from '../report/types.js';
import { FAIL_ON } from './exit-code.js';
import { outputOption } from './output.js';

export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(FORMATS).default('terminal');
}

export function detailOption(): Option {
  return new Option('--detail <detail>', 'markdown and terminal: summary (findings grouped by cause, lists capped; markdown under 60,000 characters) or full (everything); --verbose means full (default: summary)').choices(DETAILS);
}

// No commander default: an absent flag leaves the decision to the config file.
export function failOnOption(): Option {
  return new Option('--fail-on <severity>', `exit 1 when a finding is at or above this severity (default: failOn in the config, else ${FAIL_ON_DEFAULTS.failOn})`).choices(FAIL_ON);
}

export function failOnDiagnosticsOption(): Option {
  return new Option(
    '--fail-on-diagnostics <severity>',
    `also exit 1 when a diagnostic (a problem reading the input) is at or above this severity and --fail-on (default: failOnDiagnostics in the config, else ${FAIL_ON_DEFAULTS.failOnDiagnostics}); none: diagnostics never fail`,
  ).choices(FAIL_ON);
}

export function configOption(): Option {
  return new Option('--config <file>', 'config file (default: teamfit.config.yaml, .teamfit.yaml or teamfit.config.json in the working directory or above)');
}

export function noColorOption(): Option {
  return new Option('--no-color', 'no ANSI colours in the terminal report');
}

export function baselineOption(): Option {
  return new Option('--baseline <file>', 'compare with a baseline (from `teamfit baseline`): mark findings new or unchanged, fail only on new ones');
}

/** The options every reporting command shares (analyze, report), in the order help lists them. */
export function addReportingOptions(command: Command): Command {
  return command
    .addOption(formatOption())
    .addOption(detailOption())
    .addOption(outputOption())
    .addOption(failOnOption())
    .addOption(failOnDiagnosticsOption())
    .addOption(configOption())
    .addOption(baselineOption())
    .addOption(noColorOption());
}

/** --detail when given, else full with --verbose, else the summary. */
export function detailOf(options: { detail?: Detail | undefined; verbose?: boolean | undefined }): Detail {
  return options.detail ?? (options.verbose === true ? 'full' : 'summary');
}
