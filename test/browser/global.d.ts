// What the report's script exposes on window (src/report/html-assets/client/main.ts), as the tests see it.
import type { ViewData } from '../../src/report/html/view-types.js';

interface GraphElement {
  id(): string;
  renderedPosition(): { x: number; y: number };
  selected(): boolean;
  visible(): boolean;
  hasClass(name: string): boolean;
  data(key: string): unknown;
}
interface GraphCollection {
  length: number;
  map<T>(fn: (element: GraphElement) => T): T[];
  filter(selector: string): GraphCollection;
}

declare global {
  // In the page, window.teamfit; declared on globalThis so page.evaluate callbacks type-check without the DOM library.
  var teamfit:
    | {
      cy: {
        nodes(selector?: string): GraphCollection;
        edges(selector?: string): GraphCollection;
        getElementById(id: string): GraphElement;
        zoom(level: number): void;
        resize(): void;
        center(element: GraphElement): void;
      };
        graph: { level: { kind: 'org' } | { kind: 'department' | 'drill'; id: string; title: string } };
        data: ViewData;
        readyAt?: number;
        /** When the component-level data was there (unpacked after the first draw on a big organisation). */
        detailsAt?: number;
        timings?: Record<string, number>;
      }
    | undefined;
}
