import { can, type Permission } from '@dangvu/schema';
import { type AuthCheckerInterface, Authorized, type ResolverData } from 'type-graphql';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/**
 * Deny by default: every query and mutation declares either the permission
 * it needs (`@Allow('organization:read')`) or that anyone may call it
 * (`@Public()`). A test walks the schema's metadata and fails on any
 * operation that declares neither.
 */
export const Allow = (...permissions: Permission[]): MethodDecorator & PropertyDecorator & ClassDecorator =>
  Authorized<Permission>(...permissions);

const publicOperations = new Set<string>();

/** Marks an operation callable without a session (login, me). */
export function Public(): MethodDecorator {
  return (target, key) => {
    publicOperations.add(`${(target as { constructor: { name: string } }).constructor.name}.${String(key)}`);
  };
}

export function isPublic(resolverClass: string, method: string): boolean {
  return publicOperations.has(`${resolverClass}.${method}`);
}

export class AuthChecker implements AuthCheckerInterface<Context, Permission> {
  check({ context }: ResolverData<Context>, permissions: Permission[]): boolean {
    if (!context.user) throw unauthenticated();
    if (!permissions.every((p) => can(context.user!.role, p))) throw forbidden();
    return true;
  }
}
