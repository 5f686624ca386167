import type { ResourceType } from './types.js';

interface Known {
  pattern: RegExp;
  technology: string;
  type: ResourceType;
}

// Matched against the image's last path segment without tag (`bitnami/postgresql:16` -> `postgresql`).
const KNOWN: readonly Known[] = [
  { pattern: /^(postgres(ql)?|postgis|timescaledb|cockroach(db)?|supabase-postgres)$/, technology: 'postgres', type: 'database' },
  { pattern: /^(mysql|mysql-server|percona(-server)?)$/, technology: 'mysql', type: 'database' },
  { pattern: /^mariadb$/, technology: 'mariadb', type: 'database' },
  { pattern: /^(mongo|mongodb(-community-server)?)$/, technology: 'mongodb', type: 'database' },
  { pattern: /^(mssql|mssql-server|mssql\/server|sqlserver|azure-sql-edge)$/, technology: 'sqlserver', type: 'database' },
  { pattern: /^(cassandra|scylla)$/, technology: 'cassandra', type: 'database' },
  { pattern: /^couchdb$/, technology: 'couchdb', type: 'database' },
  { pattern: /^(neo4j|arangodb|influxdb|clickhouse-server|clickhouse|dynamodb-local|cosmosdb.*|spanner-emulator|oracle.*db.*|db2.*)$/, technology: 'database', type: 'database' },
  { pattern: /^(redis|redis-stack|redis-stack-server|valkey|keydb|dragonfly)$/, technology: 'redis', type: 'cache' },
  { pattern: /^memcached$/, technology: 'memcached', type: 'cache' },
  { pattern: /^(rabbitmq)$/, technology: 'rabbitmq', type: 'queue' },
  { pattern: /^(kafka|cp-kafka|cp-server|redpanda)$/, technology: 'kafka', type: 'queue' },
  { pattern: /^(zookeeper|cp-zookeeper)$/, technology: 'zookeeper', type: 'other' },
  { pattern: /^(nats|nats-streaming)$/, technology: 'nats', type: 'queue' },
  { pattern: /^(activemq.*|artemis.*|pulsar|emqx|mosquitto|eclipse-mosquitto)$/, technology: 'broker', type: 'queue' },
  { pattern: /^(elasticsearch|elastic)$/, technology: 'elasticsearch', type: 'search-index' },
  { pattern: /^opensearch$/, technology: 'opensearch', type: 'search-index' },
  { pattern: /^(solr|meilisearch|typesense)$/, technology: 'search', type: 'search-index' },
  { pattern: /^(minio|azurite|localstack|fake-gcs-server)$/, technology: 'object-storage', type: 'storage' },
  { pattern: /^[\w.-]+-(db|database)$/, technology: 'database', type: 'database' },
  { pattern: /^(nacos|nacos-server|consul|etcd)$/, technology: 'service-registry', type: 'other' },
  { pattern: /^(load-?test|locust|k6|jmeter|gatling|tiny-tools|busybox|curl|netshoot)$/, technology: 'tooling', type: 'other' },
  { pattern: /^(grafana|prometheus|alertmanager|pushgateway|zipkin|jaeger|all-in-one|loki|tempo|opentelemetry-collector(-contrib)?|otel-collector|kibana|logstash|fluentd|fluent-bit|node-exporter|kube-state-metrics|cadvisor|blackbox-exporter|heapster(-[\w-]+)?)$/, technology: 'observability', type: 'other' },
];

/** The infrastructure an image runs, when it is one of the common ones. */
export function recogniseImage(image: string): { technology: string; type: ResourceType } | undefined {
  const withoutDigest = image.split('@')[0] ?? image;
  const segments = withoutDigest.toLowerCase().split('/');
  const last = (segments[segments.length - 1] ?? '').split(':')[0] ?? '';
  // mcr.microsoft.com/mssql/server: the last segment alone says nothing.
  const lastTwo = segments.slice(-2).join('/').split(':')[0] ?? '';
  const found = KNOWN.find((known) => known.pattern.test(last) || known.pattern.test(lastTwo));
  return found ? { technology: found.technology, type: found.type } : undefined;
}

/** Connection-string schemes and the technology they name. */
const SCHEMES: Record<string, { technology: string; type: ResourceType }> = {
  postgres: { technology: 'postgres', type: 'database' },
  postgresql: { technology: 'postgres', type: 'database' },
  mysql: { technology: 'mysql', type: 'database' },
  mariadb: { technology: 'mariadb', type: 'database' },
  mongodb: { technology: 'mongodb', type: 'database' },
  'mongodb+srv': { technology: 'mongodb', type: 'database' },
  sqlserver: { technology: 'sqlserver', type: 'database' },
  redis: { technology: 'redis', type: 'cache' },
  rediss: { technology: 'redis', type: 'cache' },
  amqp: { technology: 'rabbitmq', type: 'queue' },
  amqps: { technology: 'rabbitmq', type: 'queue' },
  nats: { technology: 'nats', type: 'queue' },
  kafka: { technology: 'kafka', type: 'queue' },
  memcached: { technology: 'memcached', type: 'cache' },
};

export function recogniseScheme(scheme: string): { technology: string; type: ResourceType } | undefined {
  return SCHEMES[scheme.toLowerCase()];
}
