import type { ViewData } from '../../html/view-types.js';
import { packedDetails, unpack } from './data.js';

/**
 * The component-level nodes and edges. On a big organisation the reporter packs them apart, and the page
 * unpacks them after it has drawn the organisation view, which needs none of them: what does need them (a
 * drill-down, the search, the details panel) waits for them, once.
 */
export class Details {
  isLoaded: boolean;
  private loading: Promise<void> | undefined;
  private readonly packed: string | undefined;

  constructor(private readonly data: ViewData, private readonly onLoaded: () => void) {
    this.packed = packedDetails();
    this.isLoaded = this.packed === undefined;
  }

  load(): Promise<void> {
    if (this.packed === undefined) return Promise.resolve();
    this.loading ??= unpack<Pick<ViewData, 'nodes' | 'edges'>>(this.packed).then(({ nodes, edges }) => {
      this.data.nodes = nodes;
      this.data.edges = edges;
      this.isLoaded = true;
      this.onLoaded();
    });
    return this.loading;
  }

  /** Runs the action now when the data is there, else as soon as it is. */
  whenLoaded(action: () => void): void {
    if (this.isLoaded) action();
    else void this.load().then(action);
  }
}
