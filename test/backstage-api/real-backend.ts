import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

/** The real Backstage catalog backend (test/backstage), installed by `npm ci --prefix test/backstage`. */
export const BACKEND_DIR = resolve(import.meta.dirname, '../backstage');
const KINDS = 'kind=domain,kind=system,kind=component,kind=api,kind=resource,kind=group,kind=user,kind=location';

export function isBackendInstalled(): boolean {
  return existsSync(join(BACKEND_DIR, 'node_modules/@backstage/plugin-catalog-backend/package.json'));
}

export interface RealBackend {
  url: string;
  token: string;
  /** Everything the backend printed, for failure messages. */
  log: () => string;
  /** Resolves once the process has exited. */
  stop: () => Promise<void>;
}

/**
 * Starts the backend on a free port with a fresh token and `locations` (absolute catalog files) registered,
 * then waits until its catalog serves `expected` entities of teamfit's kinds: processing takes a few
 * seconds after the port opens.
 */
export async function startBackend(locations: string[], expected: number): Promise<RealBackend> {
  const port = await freePort();
  const token = `teamfit-test-${randomBytes(12).toString('hex')}`;
  const configFile = join(await mkdtemp(join(tmpdir(), 'teamfit-backstage-')), 'locations.yaml');
  await writeFile(configFile, stringify({ catalog: { locations: locations.map((target) => ({ type: 'file', target })) } }));
  const child = spawn(process.execPath, ['index.mjs', '--config', 'app-config.yaml', '--config', configFile], {
    cwd: BACKEND_DIR,
    env: { ...process.env, TEAMFIT_BACKSTAGE_PORT: String(port), TEAMFIT_BACKSTAGE_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const backend: RealBackend = { url: `http://127.0.0.1:${port}`, token, log: () => output, stop: () => stop(child, exited) };
  try {
    await waitForCatalog(backend, expected, child);
  } catch (error) {
    await backend.stop();
    throw error;
  }
  return backend;
}

async function waitForCatalog(backend: RealBackend, expected: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 150_000;
  let seen = -1;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the Backstage backend exited (${child.exitCode}):\n${problems(backend.log())}`);
    seen = await countEntities(backend).catch(() => -1);
    if (seen === expected) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`the Backstage backend served ${seen} entities, not ${expected}, after 150 s:\n${problems(backend.log())}`);
}

async function countEntities(backend: RealBackend): Promise<number> {
  const response = await fetch(`${backend.url}/api/catalog/entities/by-query?filter=${KINDS}&limit=1`, {
    headers: { authorization: `Bearer ${backend.token}` },
  });
  if (!response.ok) return -1;
  const body = (await response.json()) as { totalItems?: number };
  return body.totalItems ?? -1;
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await exited;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** The backend's warnings and errors, without its request log. */
function problems(log: string): string {
  // eslint-disable-next-line no-control-regex -- the backend colours its log
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain.split('\n').filter((line) => !line.includes('incomingRequest') && !/ (info|debug) /.test(line));
  return lines.slice(-40).join('\n');
}
