import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  url: URL;
  headers: IncomingHttpHeaders;
}

export interface FakeServer {
  /** http://127.0.0.1:<port> */
  url: string;
  requests: SeenRequest[];
  close: () => Promise<void>;
}

export type Handler = (request: SeenRequest, response: ServerResponse, index: number) => void;

/** A local HTTP server that plays Backstage's catalog API the way a test wants, recording every request. */
export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const seen = { url: new URL(req.url ?? '/', 'http://127.0.0.1'), headers: req.headers };
    requests.push(seen);
    handler(seen, res, requests.length - 1);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function sendJson(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A catalog entity as Backstage serves it, read from `file`. */
export function served(kind: string, name: string, spec: Record<string, unknown>, file = '/catalog/org.yaml'): Record<string, unknown> {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', annotations: { 'backstage.io/managed-by-location': `file:${file}` } },
    spec,
  };
}
