import type { FitVerdict, Severity } from '../../result/index.js';

type Paint = (text: string) => string;

export interface Palette {
  bold: Paint;
  dim: Paint;
  severity: (severity: Severity, text: string) => string;
  label: (label: string, text: string) => string;
  fit: (verdict: FitVerdict, text: string) => string;
}

const sgr = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const red = sgr(31, 39);
const green = sgr(32, 39);
const yellow = sgr(33, 39);
const blue = sgr(34, 39);
const cyan = sgr(36, 39);
const dim = sgr(2, 22);
const plain: Paint = (text) => text;

const SEVERITY_PAINT: Record<Severity, Paint> = { error: red, warning: yellow, info: blue };
const FIT_PAINT: Record<FitVerdict, Paint> = { fits: green, partial: yellow, misfit: red, 'no-fit': red, unknown: dim };
// Labels that call for attention are yellow; the ones the model is happy with are green or cyan.
const LABEL_PAINT: Record<string, Paint> = {
  monolith: cyan,
  microservices: green,
  'micro-monolith': yellow,
  sre: cyan,
  'cross-functional': green,
  insourcing: cyan,
  'dev-only': yellow,
  'ops-only': yellow,
  undetermined: dim,
};

export function createPalette(color: boolean): Palette {
  if (!color) {
    return { bold: plain, dim: plain, severity: (_, text) => text, label: (_, text) => text, fit: (_, text) => text };
  }
  return {
    bold: sgr(1, 22),
    dim,
    severity: (severity, text) => SEVERITY_PAINT[severity](text),
    label: (label, text) => (LABEL_PAINT[label] ?? plain)(text),
    fit: (verdict, text) => FIT_PAINT[verdict](text),
  };
}
