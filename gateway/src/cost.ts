import {
  GraphQLError,
  Kind,
  getNamedType,
  isObjectType,
  isInterfaceType,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE, MAX_PAGE } from './modules/relay.js';

/**
 * The cost of an operation as the work it asks of the services: each object
 * field (an object read or a join) costs 1, scalar fields cost nothing (the
 * token limit bounds them), and a paged list (`first`) multiplies what is
 * below it by its page size — the literal value, the largest page (100) when
 * it comes from a variable (validation cannot see its value), the default
 * page (20) when absent. Lists the schema does not page (a referral's
 * offers, a timeline) are bounded by the domain and count once.
 *
 * So the largest page of any list with its usual joins costs a few hundred
 * (`legalAidRequests(first: 100)` with referral, offers and case: 501), and
 * the default limit (5000) allows about nine such pages in one request.
 */
export function operationCost(
  schema: GraphQLSchema,
  parent: GraphQLNamedType | null | undefined,
  selectionSet: SelectionSetNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  seen: ReadonlySet<string> = new Set(),
): number {
  let cost = 0;
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.INLINE_FRAGMENT) {
      cost += operationCost(schema, s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent, s.selectionSet, fragment, seen);
    } else if (s.kind === Kind.FRAGMENT_SPREAD) {
      const def = seen.has(s.name.value) ? undefined : fragment(s.name.value);
      if (def) cost += operationCost(schema, schema.getType(def.typeCondition.name.value), def.selectionSet, fragment, new Set([...seen, s.name.value]));
    } else if (s.selectionSet && !s.name.value.startsWith('__')) {
      // Introspection fields have their own rules.
      const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[s.name.value] : undefined;
      const paged = field?.args.some((a) => a.name === 'first') ?? false;
      const first = s.arguments?.find((a) => a.name.value === 'first');
      const size = paged ? pageSize(first?.value) : 1;
      cost += 1 + size * operationCost(schema, field ? getNamedType(field.type) : undefined, s.selectionSet, fragment, seen);
    }
  }
  return cost;
}

function pageSize(value: ValueNode | undefined): number {
  if (!value) return DEFAULT_PAGE;
  if (value.kind === Kind.INT) return Math.min(MAX_PAGE, Math.max(1, Number(value.value)));
  return MAX_PAGE;
}

/** Refuses an operation whose cost is above `maxCost` (QUERY_TOO_COSTLY), before anything runs. */
export function costLimitRule(maxCost: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      const cost = operationCost(schema, root, node.selectionSet, (name) => context.getFragment(name));
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}: ask for smaller pages or fewer joins.`, {
            nodes: [node],
            extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost },
          }),
        );
      }
    },
  });
}
