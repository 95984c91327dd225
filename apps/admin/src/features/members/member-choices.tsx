import type { MemberStatus } from '@dangvu/schema';
import { pickerSource } from '../../shared/entity-picker';
import { type MemberRow, SearchMembersQuery } from './members.documents';

/** What a form keeps of a chosen member. */
export type MemberRef = Pick<MemberRow, 'id' | 'fullName'>;

/** Members in scope with one of `statuses`, for an `EntityPicker` (e.g. a candidate's sponsors). */
export const memberChoices = (statuses: MemberStatus[]) =>
  pickerSource({
    query: SearchMembersQuery,
    variables: (search: string) => ({ filter: { search, statuses }, first: 20 }),
    rows: (data) => data.members.edges.map((e) => e.node),
    toRef: (m): MemberRef => ({ id: m.id, fullName: m.fullName }),
    option: (m) => (
      <>
        <span>{m.fullName}</span> <span className="mono muted">{m.cardNumber ?? ''}</span>{' '}
        <span className="muted small">{m.organization.name}</span>
      </>
    ),
    chip: (m) => m.fullName,
    placeholder: 'pickMember',
  });
