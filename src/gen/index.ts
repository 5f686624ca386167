export { generateOrg, type GenerateOptions, type GeneratedFile } from './generate-org.js';
export { writeOrg } from './write-org.js';
