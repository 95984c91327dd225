import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../features/audit/audit.resolver.js';
import { HolidayResolver } from '../features/calendar/holiday.resolver.js';
import { CandidateResolver } from '../features/candidates/candidate.resolver.js';
import { MemberEventResolver, MemberResolver, TransferResolver } from '../features/members/member.resolver.js';
import { OrganizationResolver } from '../features/organizations/organization.resolver.js';
import { TargetResolver } from '../features/targets/target.resolver.js';
import { UserResolver } from '../features/users/user.resolver.js';
import { AuthChecker } from './auth-checker.js';

export const resolvers = [
  UserResolver,
  OrganizationResolver,
  AuditResolver,
  MemberResolver,
  MemberEventResolver,
  TransferResolver,
  CandidateResolver,
  TargetResolver,
  HolidayResolver,
] as const;

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
