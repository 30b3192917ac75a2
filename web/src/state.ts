/**
 * Display state, kept apart from the data graph: hover, selection, filters
 * and the highlighted answer of a path question. Reducers read it; modules
 * change it through `set` and hear about changes through `subscribe`.
 */
export interface Filters {
  /** Selected interaction types; empty set = all. */
  types: Set<string>;
  /** Selected actor kinds; empty set = all. */
  kinds: Set<string>;
  /** Selected topics; empty set = all. */
  topics: Set<string>;
  /** Month range 'YYYY-MM' (inclusive); null = open. */
  from: string | null;
  to: string | null;
}

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface ViewState {
  hovered: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  filters: Filters;
  highlight: Highlight | null;
  /** The layout is moving nodes (large graphs skip drawing edges meanwhile). */
  layoutRunning: boolean;
}

export type Listener = (state: ViewState, changed: Set<keyof ViewState>) => void;

export function emptyFilters(): Filters {
  return { types: new Set(), kinds: new Set(), topics: new Set(), from: null, to: null };
}

export function createStore(initial: Partial<ViewState> = {}) {
  let state: ViewState = {
    hovered: null,
    selectedNode: null,
    selectedEdge: null,
    filters: emptyFilters(),
    highlight: null,
    layoutRunning: false,
    ...initial,
  };
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch: Partial<ViewState>) {
      const changed = new Set(Object.keys(patch) as (keyof ViewState)[]);
      state = { ...state, ...patch };
      for (const l of listeners) l(state, changed);
    },
    /** Returns the unsubscribe function. */
    subscribe(l: Listener): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
export type Store = ReturnType<typeof createStore>;
