import type { Diagnostic } from '../result/index.js';
import { baseName } from './paths.js';
import type { Unit } from './types.js';

/** Drive the system from outside to measure it: locust, k6, a `load-generator` service. */
const LOAD_GENERATOR = /(^|[-_.])(load-?gen(erator)?s?|load-?test(s|ing)?|stress-?tests?|locust|k6|jmeter|gatling)([-_.]|$)/i;
/** Test suites packaged as images: a `frontend-tests` or `e2e` service, a `Dockerfile.cypress`. */
const TEST_IMAGE = /(^|[-_.])(tests?|e2e|cypress|playwright|integration-tests?)$|[a-z]tests$/i;
const TEST_DOCKERFILE = /[._-](tests?|e2e|cypress|playwright)([._-]|$)/i;
/** Clients of the system shipped through app stores, not deployed with it. */
const MOBILE_DIR = /^(react-native[\w-]*|android|ios|mobile(-app)?)$/i;
/** One-shot jobs that prepare a datastore before the services start. */
const MIGRATION = /(^|[-_.])(\w*migrat\w*|db-?init|init-?db|seed(er)?|flyway|liquibase)([-_.]|$)/i;
const JOB_IMAGE = /^(flyway|liquibase|locust|k6)$/;

// `docker.io/grafana/k6:1.0@sha256:...` -> `k6`.
const lastSegment = (image: string) => ((image.split('@')[0] ?? '').toLowerCase().split('/').pop() ?? '').split(':')[0] ?? '';

/** Why a unit is not one of the system's services, or undefined when it is one. */
export function notTheSystem(unit: Unit, baseImages: readonly string[]): string | undefined {
  const folder = unit.sourceDir === '' || unit.sourceDir === '.' ? '' : baseName(unit.sourceDir);
  const finalImage = lastSegment(baseImages[baseImages.length - 1] ?? '');
  if (LOAD_GENERATOR.test(unit.name) || LOAD_GENERATOR.test(folder) || /^(locust|k6)$/.test(finalImage)) return 'a load generator, which drives the system from outside';
  if (unit.sourceDir.split('/').some((part) => MOBILE_DIR.test(part)) || MOBILE_DIR.test(unit.name)) return 'a mobile app, a client shipped through app stores rather than deployed with the system';
  if (TEST_IMAGE.test(unit.name) || TEST_DOCKERFILE.test(baseName(unit.build?.dockerfile ?? 'Dockerfile').replace(/^dockerfile/i, ''))) return 'a test suite packaged as an image';
  if (MIGRATION.test(unit.name) || JOB_IMAGE.test(finalImage)) return 'a one-shot job that prepares a datastore (migration, seed or init)';
  return undefined;
}

/**
 * Leaves out units that run beside the system rather than in it (load generators, test images, mobile apps,
 * migration jobs), saying so; only while another unit remains, since a repository of only such a thing
 * (a load-testing tool, an app) is that thing.
 */
export function dropNotTheSystem(units: readonly Unit[], baseImagesOf: (unit: Unit) => string[], diagnostics: Diagnostic[]): Unit[] {
  const reasons = new Map(units.map((unit) => [unit, unit.deployable ? notTheSystem(unit, baseImagesOf(unit)) : undefined]));
  if (units.every((unit) => reasons.get(unit) !== undefined)) return [...units];
  return units.filter((unit) => {
    const reason = reasons.get(unit);
    const [first] = unit.evidence;
    if (reason === undefined || !first) return true;
    diagnostics.push({ severity: 'info', code: 'discover-not-the-system', message: `${unit.name}: ${reason}; not counted as a unit of the system`, ...first });
    return false;
  });
}
