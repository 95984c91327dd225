import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { features } from '../features/index.js';
import { AuthChecker } from './auth-checker.js';

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes
export const resolvers = features.flatMap((f) => f.resolvers) as [Function, ...Function[]];

let built: Promise<GraphQLSchema> | undefined;

/**
 * A field without @Authorized or a middleware resolves to its property; type-graphql would still wrap
 * each in a resolver of its own, run once per field of every object answered (thousands in a list).
 * Access is checked on the queries and field resolvers (auth-checker.ts), never on a plain field: while
 * no field carries either, every plain field is left to GraphQL's default resolver.
 */
function plainFieldsResolveThemselves() {
  const storage = getMetadataStorage();
  if (storage.authorizedFields.length || storage.middlewares.length) return;
  // GraphQL's default resolver reads the property named as the field: only where the two names agree
  for (const field of storage.fields) if (field.name === field.schemaName) field.simple ??= true;
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
