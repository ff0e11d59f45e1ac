import { DomainError } from '@legalaid/contracts';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Relay-style connections (`first`/`after`, `edges`, `pageInfo`) over the
 * services' pages (`{ items, pageInfo: { endCursor, hasNextPage } }`, at most
 * 100 items, one opaque cursor per page).
 *
 * Relay wants a cursor on every edge. The gateway's edge cursor names a
 * position: the service cursor a page started from plus an offset into it
 * (`[after, offset]`), and the service's own end cursor for a page's last
 * item, so paging by `endCursor` costs nothing extra and resuming from a
 * middle edge re-reads one page and skips the items already seen.
 */
export const relayTypeDefs = /* GraphQL */ `
  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }
`;

/**
 * The connection type and its edge for a node type, e.g. connectionTypeDefs('Case');
 * with `totalCount`, the connection also says how many items its filter matches.
 */
export function connectionTypeDefs(node: string, options: { totalCount?: boolean } = {}): string {
  const total = options.totalCount ? `
    "How many items the filter matches in all (counted only when asked for)."
    totalCount: Int!` : '';
  return `
  type ${node}Edge { cursor: String!, node: ${node}! }
  type ${node}Connection {
    edges: [${node}Edge!]!
    pageInfo: PageInfo!${total}
  }`;
}

/** Whether the field being resolved selects `name` (directly, in an inline fragment or a named one). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet);
      return within(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => within(f.selectionSet));
}

/** The page shapes the services answer with (`items` or `nodes`, `pageInfo` or `nextCursor`). */
export type ServicePage<T> = (
  | { items: readonly T[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }
  | { nodes: readonly T[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }
  | { items: readonly T[]; nextCursor: string | null }
) & { totalCount?: number };

function normalize<T>(page: ServicePage<T>): { items: readonly T[]; endCursor: string | null; hasNextPage: boolean } {
  const items = 'items' in page ? page.items : page.nodes;
  if ('pageInfo' in page) return { items, endCursor: page.pageInfo.endCursor, hasNextPage: page.pageInfo.hasNextPage };
  return { items, endCursor: page.nextCursor, hasNextPage: page.nextCursor !== null };
}

/** The largest page a list answers, and the page size when `first` is not given. */
export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;
type Position = [after: string | null, offset: number];

function encode(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decode(cursor: string): Position {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (Array.isArray(v) && v.length === 2 && (v[0] === null || typeof v[0] === 'string') && Number.isInteger(v[1]) && v[1] >= 0 && v[1] < MAX_PAGE) {
      return v as Position;
    }
  } catch {
    /* falls through */
  }
  throw new DomainError('VALIDATION_FAILED', 'after: not a cursor this API issued', [{ path: 'after', message: 'unknown cursor' }]);
}

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Fetches one page through `fetch(pageInput)` and shapes it as a connection.
 * `fetch` receives the contracts' PageInputSchema fields (`first`, `after`).
 */
export async function connection<T>(args: ConnectionArgs, fetch: (page: { first: number; after?: string }) => Promise<ServicePage<T>>) {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new DomainError('VALIDATION_FAILED', `first must be 1 to ${MAX_PAGE}`, [{ path: 'first', message: `1 to ${MAX_PAGE}` }]);
  }
  const [after, offset] = args.after ? decode(args.after) : ([null, 0] as Position);
  const raw = await fetch({ first: Math.min(MAX_PAGE, offset + first), ...(after !== null ? { after } : {}) });
  const page = normalize(raw);
  const items = page.items.slice(offset, offset + first);
  const lastOfService = page.items.length - 1;
  const edges = items.map((node, i) => {
    const j = offset + i;
    const position: Position = j === lastOfService && page.endCursor ? [page.endCursor, 0] : [after, j + 1];
    return { node, cursor: encode(position) };
  });
  return {
    edges,
    ...(raw.totalCount !== undefined ? { totalCount: raw.totalCount } : {}),
    pageInfo: {
      hasNextPage: offset + items.length < page.items.length || page.hasNextPage,
      hasPreviousPage: args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
