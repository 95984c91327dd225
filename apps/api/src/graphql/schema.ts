import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { features } from '../features/index.js';
import { AuthChecker } from './auth-checker.js';

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes
export const resolvers = features.flatMap((f) => f.resolvers) as [Function, ...Function[]];

let built: Promise<GraphQLSchema> | undefined;

/** Two classes where one's metadata may apply to the other's fields: the same, or one inheriting from the other. */
const related = (a: Function, b: Function) => a === b || a.prototype instanceof b || b.prototype instanceof a;

/**
 * A plain field (a property, no field resolver) resolves to its property. type-graphql still wraps
 * each one in a resolver of its own unless told it is simple, run once per field of every object
 * answered (36,000 times for a district's 5,180 alerts). Access is checked on the queries, mutations
 * and field resolvers (@Allow, auth-checker.ts); a field guarded itself, by @Authorized or a
 * middleware on it or on its class, keeps type-graphql's resolver, as does a field renamed in the
 * schema (GraphQL's default resolver reads the property named as the field).
 */
function plainFieldsResolveThemselves() {
  const storage = getMetadataStorage();
  const guardedClasses = [...storage.authorizedResolver, ...storage.resolverMiddlewares].map((c) => c.target);
  const guardedFields = [...storage.authorizedFields, ...storage.middlewares];
  for (const field of storage.fields) {
    const guarded =
      guardedClasses.some((c) => related(c, field.target)) ||
      guardedFields.some((g) => g.fieldName === field.name && related(g.target, field.target));
    if (!guarded && field.name === field.schemaName) field.simple ??= true;
  }
}

/** The executable schema, built once per process from the resolvers' metadata. */
export function schema(): Promise<GraphQLSchema> {
  if (!built) plainFieldsResolveThemselves();
  built ??= buildSchema({
    resolvers,
    authChecker: AuthChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}
