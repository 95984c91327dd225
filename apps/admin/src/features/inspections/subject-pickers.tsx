import type { OrganizationKind } from '@dangvu/schema';
import { MemberPicker, type MemberRef } from '../members/member-picker';
import { OrgPicker } from '../organizations/org-picker';
import type { OrgRef } from '../organizations/organizations.documents';

export type { MemberRef, OrgRef };

interface OrgsProps {
  name: string;
  selected: OrgRef[];
  onChange: (orgs: OrgRef[]) => void;
  multiple?: boolean;
  excludeIds?: string[];
  kinds?: readonly OrganizationKind[];
  placeholder?: string;
}

/**
 * Organisations in the caller's scope (the api scopes the search), each
 * choice `pick-<name>-<CODE>`: the one place this feature names the picker.
 */
export function OrgsPicker(props: OrgsProps) {
  return <OrgPicker {...props} />;
}

interface MembersProps {
  name: string;
  selected: MemberRef[];
  onChange: (members: MemberRef[]) => void;
  max: number;
  placeholder: string;
}

/** Current members in the caller's scope, each choice `pick-<name>-<id>`. */
export function MembersPicker(props: MembersProps) {
  return <MemberPicker {...props} statuses={['PROBATIONARY', 'OFFICIAL']} />;
}
