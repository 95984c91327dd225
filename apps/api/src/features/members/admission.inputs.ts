import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';

@InputType({
  description:
    "Lễ kết nạp held: probation restarts from it. Rules: at most 30 working days\nafter admittedOn (public holidays excluded) unless ceremonyLateApproval names\nthe upper committee's consent (CEREMONY_LATE); not before admittedOn.",
})
export class RecordCeremonyInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDate)
  on: string;

  @Field(() => String, { nullable: true })
  ceremonyLateApproval?: string | null;
}

@InputType({
  description:
    "Kết nạp lại a member who left (removed, struck from the probationary list, or expelled): PROBATIONARY again in a cell in scope, party age counting from the first admission less the time out. Rules: at least 36 months after leaving (READMISSION_TOO_EARLY); once only (READMITTED_BEFORE); never after an expulsion for a barred cause (READMISSION_BARRED); the provincial standing committee's approval (approvalDecision); UNDER_AGE and OVER_AGE and CEREMONY_LATE as for admitMember.",
})
export class ReadmitMemberInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { description: 'The cell the member is re-admitted into.' })
  organizationId: string;

  @Field(() => LocalDate)
  admittedOn: string;

  @Field(() => LocalDate, { nullable: true })
  cellVoteOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  ceremonyOn?: string | null;

  @Field(() => String, { nullable: true })
  ceremonyLateApproval?: string | null;

  @Field(() => String, { description: "The provincial standing committee's approval (Ban Thường vụ Tỉnh ủy)." })
  approvalDecision: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  overAgeDecision?: string | null;
}
