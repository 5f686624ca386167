// A real Backstage catalog backend for teamfit's integration tests: the catalog plugin and nothing else.
// Run it with this folder as the working directory: `node index.mjs --config app-config.yaml [--config more.yaml]`.
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-catalog-backend'));
await backend.start();
