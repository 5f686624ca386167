import { statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, SourcePosition } from '../result/index.js';
import { diagnostic } from './diagnostics.js';
import { expandLocationGlob, isGlob } from './location-glob.js';
import { describeFileType } from './read-bounded.js';
import { tryRealpathSync, type Roots } from './roots.js';
import type { RawEntity } from './types.js';

const REMOTE = /^https?:/i;
/** Two or more letters before the colon, so a Windows drive (`C:`) is not mistaken for a scheme. */
const SCHEME = /^[a-z][a-z0-9+.-]+:/i;

export interface LocationTargets {
  /** Absolute paths of files to read, in the order the Location lists them. */
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * Resolves a Location's local targets against its file's directory, expanding globs as Backstage does. Only files inside the roots are
 * returned: a catalog must not make teamfit read arbitrary files of the machine it runs on.
 */
export async function locationTargets(entity: RawEntity, absFile: string, roots: Roots): Promise<LocationTargets> {
  const { spec, positions, position } = entity;
  const label = `Location "${entity.metadata.name}"`;
  const ref = `location:${entity.metadata.namespace}/${entity.metadata.name}`.toLowerCase();
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic['severity'], code: string, message: string, where: SourcePosition): void => {
    diagnostics.push(diagnostic(severity, code, message, where, ref));
  };

  const entries: { target: string; where: SourcePosition }[] = [];
  if (typeof spec.target === 'string') entries.push({ target: spec.target, where: positions.get('spec.target') ?? position });
  if (Array.isArray(spec.targets)) {
    spec.targets.forEach((target, i) => {
      if (typeof target === 'string') entries.push({ target, where: positions.get(`spec.targets.${i}`) ?? position });
    });
  }
  const type = typeof spec.type === 'string' ? spec.type : undefined;
  const optional = spec.presence === 'optional';

  for (const { target, where } of entries) {
    if (type === 'url' || REMOTE.test(target)) {
      report('info', 'location-remote', `${label} target ${target} is remote; teamfit reads local files only`, where);
      continue;
    }
    if (type !== undefined && type !== 'file') {
      report('info', 'location-unsupported', `${label} has type "${type}"; teamfit follows only file targets`, where);
      continue;
    }
    const local = target.replace(/^file:/i, '');
    if (SCHEME.test(local)) {
      report('info', 'location-unsupported', `${label} target ${target} uses a scheme teamfit does not follow`, where);
      continue;
    }
    if (path.isAbsolute(local) || path.win32.isAbsolute(local)) {
      report('warning', 'location-outside-root', `${label} target ${target} is an absolute path; only paths relative to the Location file are followed`, where);
      continue;
    }
    const resolved = path.resolve(path.dirname(absFile), local);
    if (!roots.contains(resolved)) {
      report('warning', 'location-outside-root', `${label} target ${target} points outside the given paths; it was not read`, where);
      continue;
    }
    if (isGlob(local)) {
      const matches = await expandLocationGlob(resolved, roots);
      if (matches.length === 0) {
        // Backstage reports a pattern that matches nothing as a missing target, unless the Location is optional.
        report(optional ? 'info' : 'warning', 'location-target-missing', `${label} target ${target} matches no file`, where);
      }
      files.push(...matches);
      continue;
    }
    const real = tryRealpathSync(resolved);
    if (real === undefined) {
      const message = `${label} target ${target} does not exist`;
      report(optional ? 'info' : 'warning', 'location-target-missing', message, where);
    } else if (!roots.contains(real)) {
      report('warning', 'location-outside-root', `${label} target ${target} resolves (through a symlink) outside the given paths; it was not read`, where);
    } else {
      const info = statSync(real);
      if (info.isDirectory()) report('info', 'location-unsupported', `${label} target ${target} is a directory; Location targets must be files`, where);
      // A pipe would hang the run and a device (a copy of /dev/zero) never ends: only regular files are read.
      else if (!info.isFile()) report('warning', 'not-a-regular-file', `${label} target ${target} is ${describeFileType(info)}, not a regular file; it was not read`, where);
      else files.push(resolved);
    }
  }
  return { files, diagnostics };
}
