import { dirOf, repoPath } from '../paths.js';
import type { Claims } from '../types.js';
import { arr, isObj, parseYamlDocs, str } from '../yaml-docs.js';

/** skaffold.yaml build artifacts: which image is built from which directory. */
export function parseSkaffold(file: string, text: string, claims: Claims): void {
  const dir = dirOf(file);
  for (const doc of parseYamlDocs(text, file, claims.diagnostics)) {
    if (!isObj(doc.value) || !isObj(doc.value.build)) continue;
    arr(doc.value.build.artifacts).forEach((artifact, i) => {
      if (!isObj(artifact)) return;
      const image = str(artifact.image);
      const context = repoPath(dir, str(artifact.context) ?? '.');
      const dockerfile = isObj(artifact.docker) ? str(artifact.docker.dockerfile) : undefined;
      if (image && context) claims.builds.push({ image, context, source: 'skaffold', evidence: doc.at(`build.artifacts.${i}.image`), ...(dockerfile ? { dockerfile } : {}) });
    });
  }
}
