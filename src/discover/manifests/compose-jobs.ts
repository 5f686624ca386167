import { isObj, str, type Obj } from '../yaml-docs.js';

/**
 * Compose services that run once and exit, with why: `restart: "no"` written out (compose's default, so
 * stating it says the container is not meant to stay up), or another service waiting for it to complete
 * (`condition: service_completed_successfully`). Migrations, schema init and seed jobs prepare the system;
 * they serve nothing, so they are jobs, not units.
 */
export function composeJobs(services: Obj): Map<string, string> {
  const jobs = new Map<string, string>();
  for (const [name, service] of Object.entries(services)) {
    if (!isObj(service)) continue;
    // YAML 1.1 readers take an unquoted `no` for false; both mean the same policy.
    if (service.restart === false || str(service.restart)?.trim().toLowerCase() === 'no') jobs.set(name, 'restart: "no"');
  }
  for (const [name, service] of Object.entries(services)) {
    const dependsOn = isObj(service) ? service.depends_on : undefined;
    if (!isObj(dependsOn)) continue;
    for (const [target, how] of Object.entries(dependsOn)) {
      if (isObj(how) && str(how.condition) === 'service_completed_successfully' && !jobs.has(target)) jobs.set(target, `${name} waits for it to complete`);
    }
  }
  return jobs;
}
