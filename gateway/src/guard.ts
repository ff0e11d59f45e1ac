import type { GraphQLFieldResolver } from 'graphql';
import { accessRule, applyToArgs, authorize, checkResult, type Ownership } from './access.js';
import type { GatewayContext } from './context.js';
import { toGraphQLError } from './errors.js';

/** The context a root resolver runs with: the ownership rule the access matrix gave this actor. */
export type GuardedContext = GatewayContext & { ownership: Ownership | null };

type Resolver = GraphQLFieldResolver<unknown, GuardedContext, Record<string, unknown>>;
interface SubscriptionResolver {
  subscribe: Resolver;
  resolve?: Resolver;
}
export type ResolverMap = Record<string, Record<string, Resolver | SubscriptionResolver | unknown>>;

const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;

/**
 * Wraps every root field's resolver with the access matrix: a field without
 * a rule fails the schema build, so no operation is ever left unguarded.
 */
export function guardResolvers(resolvers: ResolverMap[]): ResolverMap[] {
  return resolvers.map((map) => {
    const out: ResolverMap = { ...map };
    for (const root of ROOTS) {
      if (!map[root]) continue;
      out[root] = Object.fromEntries(
        Object.entries(map[root]).map(([field, r]) => [field, root === 'Subscription' ? guardSubscription(field, r as SubscriptionResolver) : guardField(field, r as Resolver)]),
      );
    }
    return out;
  });
}

function guardField(operation: string, resolve: Resolver): Resolver {
  assertCovered(operation);
  return async (parent, args, ctx, info) => {
    try {
      const ownership = authorize(operation, ctx.actor);
      const narrowed = applyToArgs(operation, ownership, ctx.actor, args);
      const value = await resolve(parent, narrowed, { ...ctx, ownership }, info);
      checkResult(operation, ownership, ctx.actor, value);
      return value;
    } catch (err) {
      throw toGraphQLError(err);
    }
  };
}

function guardSubscription(operation: string, sub: SubscriptionResolver): SubscriptionResolver {
  assertCovered(operation);
  return {
    ...sub,
    subscribe: (parent, args, ctx, info) => {
      try {
        const ownership = authorize(operation, ctx.actor);
        return sub.subscribe(parent, args, { ...ctx, ownership }, info);
      } catch (err) {
        throw toGraphQLError(err);
      }
    },
  };
}

function assertCovered(operation: string): void {
  if (!accessRule(operation)) throw new Error(`the access matrix has no rule for ${operation}: add one to gateway/src/access.ts`);
}
