import { describe, expect, it } from 'vitest';
import { shouldUseColor } from '../../src/cli/color.js';

describe('shouldUseColor', () => {
  it('follows the terminal by default', () => {
    expect(shouldUseColor({ isWanted: true, isTty: true, env: {} })).toBe(true);
    expect(shouldUseColor({ isWanted: true, isTty: false, env: {} })).toBe(false);
  });

  it('turns off with NO_COLOR set and not empty, or --no-color', () => {
    expect(shouldUseColor({ isWanted: true, isTty: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(shouldUseColor({ isWanted: true, isTty: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(shouldUseColor({ isWanted: false, isTty: true, env: { FORCE_COLOR: '1' } })).toBe(false);
  });

  it('FORCE_COLOR forces it either way', () => {
    expect(shouldUseColor({ isWanted: true, isTty: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(shouldUseColor({ isWanted: true, isTty: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(true);
    expect(shouldUseColor({ isWanted: true, isTty: true, env: { FORCE_COLOR: '0' } })).toBe(false);
  });
});
