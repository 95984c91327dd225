import type { OrganizationKind } from '@dangvu/schema';
import { EntityPicker } from '../../shared/entity-picker';
import { type MemberRef, memberChoices } from '../members/member-choices';
import { orgChoices } from '../organizations/org-choices';
import type { OrgRef } from '../organizations/organizations.documents';

export type { MemberRef, OrgRef };

/** The most subjects one picker takes. */
const MANY = 200;

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
 * choice `pick-<name>-<CODE>`: the shared EntityPicker with the organisations' source.
 */
export function OrgsPicker({ multiple, kinds, ...props }: OrgsProps) {
  return <EntityPicker {...props} source={orgChoices(kinds)} max={multiple ? MANY : 1} />;
}

interface MembersProps {
  name: string;
  selected: MemberRef[];
  onChange: (members: MemberRef[]) => void;
  max: number;
  placeholder: string;
}

const CURRENT = memberChoices(['PROBATIONARY', 'OFFICIAL']);

/** Current members in the caller's scope, each choice `pick-<name>-<id>`. */
export function MembersPicker(props: MembersProps) {
  return <EntityPicker {...props} source={CURRENT} />;
}
