const PROFILE = /-(dev|development|prod|production|test|local|docker|k8s|kubernetes|default|staging|native)$/;

/**
 * The service a config server's file is for (`account-service-prod.yml` -> `account-service`), or
 * `application` for settings it serves to every client (`application.yml`, `bootstrap-dev.yml`).
 */
export function servedName(fileName: string): string {
  const stem = fileName.replace(/\.(ya?ml|properties)$/, '').replace(PROFILE, '');
  return /^(application|bootstrap)([-.].*)?$/.test(stem) ? 'application' : stem;
}
