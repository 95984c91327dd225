import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../features/audit/audit.resolver.js';
import { OrganizationResolver } from '../features/organizations/organization.resolver.js';
import { UserResolver } from '../features/users/user.resolver.js';
import { AuthChecker } from './auth-checker.js';

export const resolvers = [UserResolver, OrganizationResolver, AuditResolver] as const;

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
