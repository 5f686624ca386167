import type { Reporter } from './types.js';

export const renderJson: Reporter = (result) => JSON.stringify(result, null, 2) + '\n';
