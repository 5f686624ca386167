// The catalog bench's floor, in a fresh process: node measure-yaml.mjs DIR -> one JSON line. Reads every .yaml
// file under DIR and parses it with the `yaml` library's parseAllDocuments on this one thread, keeping the
// documents (as a reader must until it has used them): what "merely parsing its YAML" costs.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node measure-yaml.mjs DIR');
const start = performance.now();
const cpuStart = process.cpuUsage();
const files = (await readdir(dir, { recursive: true })).filter((name) => /\.ya?ml$/.test(name)).sort();
const kept = [];
let documents = 0;
for (const name of files) {
  const parsed = parseAllDocuments(await readFile(path.join(dir, name), 'utf8'));
  const list = Array.isArray(parsed) ? parsed : [parsed];
  documents += list.length;
  kept.push(list);
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024, files: files.length, documents, kept: kept.length }));
