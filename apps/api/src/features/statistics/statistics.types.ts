import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { Organization } from '../organizations/organization.entity.js';

@ObjectType()
export class CountByKey {
  @Field()
  key: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'The figures the seed articles report for a district or commune.' })
export class ScopeStatistics {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => LocalDate)
  asOf: string;

  @Field(() => Int, { description: 'Chi, đảng bộ cơ sở' })
  grassrootsOrganizations: number;

  @Field(() => Int, { description: 'Chi bộ trực thuộc' })
  subordinateCells: number;

  @Field(() => Int, { description: 'Current members: PROBATIONARY and OFFICIAL.' })
  members: number;

  @Field(() => Int)
  probationaryMembers: number;

  @Field(() => Float, { description: 'Of current members, 0..1.' })
  femaleShare: number;

  @Field(() => Float, { description: 'Current members whose ethnicity is not Kinh, 0..1.' })
  ethnicMinorityShare: number;

  /** The counts the two shares come from (the .xlsx report shows both). */
  femaleMembers: number;
  ethnicMinorityMembers: number;

  @Field(() => [CountByKey])
  membersByTheoryLevel: CountByKey[];

  @Field(() => [CountByKey])
  membersByAgeBand: CountByKey[];

  @Field(() => Int, { description: 'Admitted within the given term (the current one when omitted).' })
  admittedInTerm: number;

  @Field(() => Int)
  inspectedOrganizations: number;

  @Field(() => Int)
  inspectedMembers: number;

  @Field(() => Int)
  disciplinedMembers: number;
}
