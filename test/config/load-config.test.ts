import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadConfigFile, parseConfigText } from '../../src/config/load-config.js';
import { defaultConfig } from '../../src/config/schema.js';
import { UsageError } from '../../src/util/errors.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/config');

async function errorOf(name: string, file = 'teamfit.config.yaml'): Promise<string> {
  const error = await loadConfigFile(join(FIXTURES, name, file), file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UsageError);
  return error instanceof Error ? error.message : '';
}

describe('loading a config file', () => {
  it('reads a valid file and keeps the defaults of what it does not state', async () => {
    const config = await loadConfigFile(join(FIXTURES, 'valid/teamfit.config.yaml'), 'teamfit.config.yaml');
    expect(config.failOn).toBe('warning');
    expect(config.rules['shared-resource']).toEqual({ severity: 'off' });
    expect(config.thresholds).toEqual({ ...defaultConfig().thresholds, opsShare: 0.6 });
    expect(config.catalog.deployableTypes).toEqual(['service', 'website', 'job']);
    expect(config.catalog.dataResourceTypes).toEqual(defaultConfig().catalog.dataResourceTypes);
  });

  it('a wrong enum value names the file, line, column, key path and the choices', async () => {
    expect(await errorOf('bad-severity')).toBe('teamfit.config.yaml:4:15: rules.shared-resource.severity: expected one of error, warning, info, off (did you mean warning?)');
  });

  it('an unknown key is an error at the key, with a did-you-mean for a near miss', async () => {
    expect(await errorOf('unknown-key')).toBe('teamfit.config.yaml:3:3: thresholds.minConfidense: unknown key, did you mean minConfidence?');
  });

  it('a rule id must be a known rule', async () => {
    expect(await errorOf('unknown-rule')).toBe('teamfit.config.yaml:2:3: rules.shared-resorce: unknown key, did you mean shared-resource?');
  });

  it('a wrong type says what was expected and what was found', async () => {
    expect(await errorOf('wrong-type')).toBe('teamfit.config.yaml:3:21: thresholds.distributedUnits: expected a number, got "two"');
  });

  it('a YAML syntax error is reported at its position', async () => {
    expect(await errorOf('syntax-error')).toMatch(/^teamfit\.config\.yaml:\d+:\d+: /);
  });

  it('a JSON config is read with positions too', async () => {
    expect(await errorOf('json-error', 'teamfit.config.json')).toBe('teamfit.config.json:4:15: thresholds.opsShare: expected a number <= 1, got 1.5');
  });

  it('a missing file is one line naming it', async () => {
    await expect(loadConfigFile(join(FIXTURES, 'nope.yaml'), 'nope.yaml')).rejects.toThrow('nope.yaml: cannot read config: ENOENT');
  });

  it('reports the first problem in file order and counts the rest', () => {
    const text = 'failOn: sometimes\nthresholds:\n  opsShare: -1\n  bogus: 1\n';
    expect(() => parseConfigText(text, 'c.yaml')).toThrow('c.yaml:1:9: failOn: expected one of error, warning, info, none (and 2 more problems)');
  });

  it('an unknown key with no near miss lists what is allowed', () => {
    expect(() => parseConfigText('rules:\n  shared-resource:\n    level: off\n', 'c.yaml')).toThrow(
      'c.yaml:3:5: rules.shared-resource.level: unknown key; expected one of severity',
    );
  });

  it('the top level is strict too, and a list item is named by index', () => {
    expect(() => parseConfigText('fail_on: none\n', 'c.yaml')).toThrow('c.yaml:1:1: fail_on: unknown key, did you mean failOn?');
    expect(() => parseConfigText('catalog:\n  deployableTypes:\n    - service\n    - 3\n', 'c.yaml')).toThrow(
      'c.yaml:4:7: catalog.deployableTypes[1]: expected a string, got 3',
    );
  });

  it('an empty file is the defaults; a file that is not a mapping is an error', () => {
    expect(parseConfigText('', 'c.yaml')).toEqual(defaultConfig());
    expect(() => parseConfigText('just words\n', 'c.yaml')).toThrow('c.yaml:1:1: (root): expected a mapping, got "just words"');
  });

  it('an alias bomb is refused, not expanded', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    expect(() => parseConfigText(bomb, 'c.yaml')).toThrow(/^c\.yaml: /);
  });

  it('library overrides win over the file, section by section', async () => {
    const config = await loadConfig({ cwd: FIXTURES, file: 'valid/teamfit.config.yaml', overrides: { failOn: 'none', thresholds: { minConfidence: 0.5 } } });
    expect(config.failOn).toBe('none');
    expect(config.thresholds.opsShare).toBe(0.6);
    expect(config.thresholds.minConfidence).toBe(0.5);
  });
});
