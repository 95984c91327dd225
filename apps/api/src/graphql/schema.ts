import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { features } from '../features/index.js';
import { AuthChecker } from './auth-checker.js';

// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes
export const resolvers = features.flatMap((f) => f.resolvers) as [Function, ...Function[]];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the resolvers' metadata. */
export function schema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker: AuthChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}
