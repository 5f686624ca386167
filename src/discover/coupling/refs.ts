import type { Evidence } from '../types.js';

export const componentRef = (name: string) => `component:default/${name}`;
export const resourceRef = (name: string) => `resource:default/${name}`;
export const groupRef = (name: string) => `group:default/${name}`;
export const systemRef = (name: string) => `system:default/${name}`;

export function cite(evidence: Evidence): string {
  return `${evidence.file}:${evidence.line}`;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
