export { buildModel, type BuildModelResult } from './build-model.js';
export {
  parseEntityRef,
  stringifyEntityRef,
  DEFAULT_NAMESPACE,
  type CompoundEntityRef,
  type ParsedEntityRef,
  type RefContext,
} from './entity-ref.js';
export { MODEL_DIAGNOSTICS, type ModelDiagnosticCode } from './diagnostics.js';
export { ModelIndex, kindOfRef } from './model-index.js';
