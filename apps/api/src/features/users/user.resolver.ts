import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { authenticate, changePassword, login, logout } from '../../auth/session.service.js';
import { Allow, Public } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { Organization } from '../organizations/organization.entity.js';
import { organizationById } from '../organizations/organization.service.js';
import { User } from './user.entity.js';
import { CreateUserInput, UpdateUserInput } from './user.inputs.js';
import { createUser, listUsers, resetPassword, updateUser, userById } from './user.service.js';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header.' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@Resolver(() => User)
export class UserResolver {
  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user; null without a session.' })
  me(@Ctx() ctx: Context) {
    return ctx.user ? userById(ctx, ctx.user.id) : null;
  }

  @Allow('user:read')
  @Query(() => [User], { description: 'Users in scope by user name; `after` is the id of the last user already read.' })
  users(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listUsers(ctx, first, after);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Ctx() ctx: Context, @Arg('username') username: string, @Arg('password') password: string) {
    const result = await login(ctx, username, password);
    // The rest of this request (e.g. `user { scope }`) is answered as the user just signed in.
    ctx.user = await authenticate(ctx.ds, result.token);
    ctx.loaders.clear();
    return { token: result.token, expiresAt: result.expiresAt, user: await userById(ctx, result.userId) };
  }

  @Allow('session:self')
  @Mutation(() => Boolean)
  logout(@Ctx() ctx: Context) {
    return logout(ctx);
  }

  @Allow('session:self')
  @Mutation(() => Boolean)
  changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
  ) {
    return changePassword(ctx, currentPassword, newPassword);
  }

  @Allow('user:manage')
  @Mutation(() => User)
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return createUser(ctx, input);
  }

  @Allow('user:manage')
  @Mutation(() => User)
  updateUser(@Ctx() ctx: Context, @Arg('input', () => UpdateUserInput) input: UpdateUserInput) {
    return updateUser(ctx, input);
  }

  @Allow('user:manage')
  @Mutation(() => Boolean)
  resetPassword(@Ctx() ctx: Context, @Arg('userId', () => ID) userId: string, @Arg('newPassword') newPassword: string) {
    return resetPassword(ctx, userId, newPassword);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'null for ADMIN' })
  scope(@Root() user: User, @Ctx() ctx: Context) {
    return user.scopeId ? organizationById(ctx, user.scopeId) : null;
  }
}
