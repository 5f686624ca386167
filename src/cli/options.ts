import { Option } from 'commander';
import { defaultConfig } from '../config/schema.js';
import { FORMATS } from '../report/index.js';
import { FAIL_ON } from './exit-code.js';

export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(FORMATS).default('terminal');
}

export function outputOption(): Option {
  return new Option('--output <file>', 'write the report to a file instead of stdout');
}

export function failOnOption(): Option {
  return new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
    .choices(FAIL_ON)
    .default(defaultConfig().failOn);
}

export function noColorOption(): Option {
  return new Option('--no-color', 'no ANSI colours in the terminal report');
}
