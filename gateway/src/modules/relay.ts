/**
 * Relay-style connections (`first`/`after`, `edges`, `pageInfo`). Services
 * page with an opaque cursor; the gateway passes it through untouched.
 */
export const relayTypeDefs = /* GraphQL */ `
  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }
`;

/** The connection type and its edge for a node type, e.g. connectionTypeDefs('Case'). */
export function connectionTypeDefs(node: string): string {
  return `
  type ${node}Edge { cursor: String!, node: ${node}! }
  type ${node}Connection { edges: [${node}Edge!]!, pageInfo: PageInfo!, totalCount: Int }`;
}

export interface Page<T> {
  items: readonly T[];
  /** Cursor of the page's last item when more follow; null on the last page. */
  nextCursor: string | null;
  totalCount?: number | null;
}

/**
 * A connection from a service page. Each edge's cursor comes from `cursorOf`
 * (the service's cursor for that item); the last edge carries the page's
 * `nextCursor` so `after: endCursor` continues exactly where the page ended.
 */
export function toConnection<T>(page: Page<T>, cursorOf: (item: T) => string) {
  const edges = page.items.map((node, i) => ({
    node,
    cursor: i === page.items.length - 1 && page.nextCursor ? page.nextCursor : cursorOf(node),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.nextCursor !== null,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount ?? null,
  };
}

/** GraphQL `first`/`after` to the contracts' PageInputSchema shape. */
export function pageArgs(args: { first?: number | null; after?: string | null }): { first?: number; after?: string } {
  return { ...(args.first != null ? { first: args.first } : {}), ...(args.after != null ? { after: args.after } : {}) };
}
