import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/rules/meta.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('rule tests', () => {
  it.each(RULE_IDS)('%s has its own test file', (id) => {
    expect(existsSync(path.join(here, `${id}.test.ts`))).toBe(true);
  });
});
