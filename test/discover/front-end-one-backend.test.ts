import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/run.js';
import { TestRepo } from './git-repo.js';

describe('a web front end and the one backend it calls, found by discovery', () => {
  // A React build served by nginx and the one Go API it calls, with the API's database: one application with its UI.
  const repo = new TestRepo('notes').commit('initial', {
    'web/package.json': JSON.stringify({ name: 'notes-web', private: true, scripts: { build: 'vite build' }, dependencies: { react: '18.0.0' } }),
    'web/src/main.jsx': 'export const api = "/api";\n',
    'web/Dockerfile': 'FROM node:20 AS build\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n',
    'api/go.mod': 'module example.com/notes/api\n\ngo 1.22\n',
    'api/main.go': 'package main\n\nfunc main() {}\n',
    'api/Dockerfile': 'FROM golang:1.22\nCOPY . .\nRUN go build -o /api .\n',
    'compose.yaml': ['services:', '  web:', '    build: ./web', '    environment:', '      API_URL: http://api:8080',
      '  api:', '    build: ./api', '    environment:', '      DATABASE_URL: postgres://notes@db:5432/notes', '  db:', '    image: postgres:16', ''].join('\n'),
  });

  it('is a monolith with its UI, not two services', async () => {
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    const [system] = result.systems;
    expect(system?.architecture.label).toBe('monolith');
    expect(system?.architecture.signals.find((s) => s.id === 'front-end-with-one-backend')).toMatchObject({
      pushes: 'monolith', evidence: ['component:default/web (front end)', 'component:default/api (backend)'],
    });
  });
});
