import type { Role } from '@dangvu/schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RoleEnum } from './user.entity.js';

@InputType()
export class CreateUserInput {
  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field({ description: 'At least 10 characters.' })
  password: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  scopeId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  scopeId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
