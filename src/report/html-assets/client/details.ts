import type { ViewData } from '../../html/view-types.js';
import { packedDetails, packedOrg, unpack } from './data.js';

type Inner = NonNullable<ViewData['org']['inner']>;

/**
 * What the first view does not draw. On a big organisation the reporter packs it apart: the departments'
 * teams and systems (a click on a department needs them) and the component-level nodes and edges (a
 * drill-down into a team or system, the search and the details panel need them). The page unpacks both
 * after it has drawn the organisation view, the departments first; what needs either waits for it, once.
 */
export class Details {
  isLoaded: boolean;
  private loading: Promise<void> | undefined;
  private orgLoading: Promise<void> | undefined;
  private readonly packed: string | undefined;
  private readonly packedOrg: string | undefined;

  constructor(private readonly data: ViewData, private readonly onLoaded: () => void) {
    this.packed = packedDetails();
    this.packedOrg = packedOrg();
    this.isLoaded = this.packed === undefined && this.packedOrg === undefined;
  }

  get isOrgLoaded(): boolean {
    return this.packedOrg === undefined || this.data.org.inner !== undefined;
  }

  /** The departments' teams and systems only. */
  loadOrg(): Promise<void> {
    if (this.packedOrg === undefined) return Promise.resolve();
    this.orgLoading ??= unpack<Inner>(this.packedOrg).then((inner) => {
      this.data.org.inner = inner;
    });
    return this.orgLoading;
  }

  load(): Promise<void> {
    // Nothing packed: everything came with the page, and was marked loaded at start.
    if (this.packed === undefined && this.packedOrg === undefined) return Promise.resolve();
    this.loading ??= this.loadOrg().then(async () => {
      if (this.packed !== undefined) {
        const { nodes, edges } = await unpack<Pick<ViewData, 'nodes' | 'edges'>>(this.packed);
        this.data.nodes = nodes;
        this.data.edges = edges;
      }
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

  /** Runs the action now when the departments' teams and systems are there, else as soon as they are. */
  whenOrgLoaded(action: () => void): void {
    if (this.isOrgLoaded) action();
    else void this.loadOrg().then(action);
  }
}
