import type { Role } from '@dangvu/schema';
import { ROLES } from '@dangvu/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnum } from '../../graphql/enums.js';

export const RoleEnum = registerEnum('Role', ROLES, {
  ADMIN: 'System administrator: the whole tree, users, terms.',
  DISTRICT_ADMIN: 'Ban Tổ chức Huyện ủy: everything in the district; manages cadre placements and commune users.',
  DISTRICT_INSPECTOR: 'Ủy ban Kiểm tra Huyện ủy: reads the district; conducts inspections and disciplines.',
  COMMUNE_ADMIN: 'Văn phòng Đảng ủy xã: members, candidates, meetings, ratings and cells of one commune.',
  COMMUNE_INSPECTOR: 'Ủy ban Kiểm tra Đảng ủy xã: reads the commune; conducts inspections in it.',
});

/** Người dùng: an account with one role, bound (except ADMIN) to one organisation's subtree. */
@ObjectType()
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  username: string;

  @Field()
  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  @Field(() => RoleEnum)
  @Column('text')
  role: Role;

  @Column('uuid', { name: 'scope_id', nullable: true })
  scopeId: string | null;

  @Field()
  @Column('boolean')
  active: boolean;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'last_login_at', nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Int)
  @Column('int')
  version: number;
}

/** The fields an audit entry compares for a user. */
export const USER_AUDIT_FIELDS = ['username', 'displayName', 'role', 'scopeId', 'active'];
