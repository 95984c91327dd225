import type { MemberStatus } from '@dangvu/schema';
import { pickerSource } from '../../shared/entity-picker';
import { SearchMembersQuery } from './members.documents';

export interface MemberRef {
  id: string;
  fullName: string;
}

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
