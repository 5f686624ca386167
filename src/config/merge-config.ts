import type { ConfigInput } from './schema.js';

/** `override` on top of `base`, section by section (a file sets thresholds.opsShare, a caller failOn). */
export function mergeConfig(base: ConfigInput, override: ConfigInput): ConfigInput {
  return {
    ...base,
    ...override,
    rules: { ...base.rules, ...override.rules },
    catalog: { ...base.catalog, ...override.catalog },
    thresholds: { ...base.thresholds, ...override.thresholds },
    git: { ...base.git, ...override.git },
  };
}
