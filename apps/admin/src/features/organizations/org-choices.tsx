import { ORGANIZATION_KIND_LABELS, type OrganizationKind } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { EntityPicker, pickerSource } from '../../shared/entity-picker';
import { type OrgRef, type OrgSummary, SearchOrganizationsQuery } from './organizations.documents';

function KindLabel({ kind }: { kind: OrganizationKind }) {
  const { l } = useI18n();
  return <span className="muted small">{l(ORGANIZATION_KIND_LABELS, kind)}</span>;
}

/**
 * Active organisations, of `kinds` only when given (e.g. cells, where members
 * live), for an `EntityPicker`; each choice is named by its code in the test ids.
 */
export const orgChoices = (kinds?: readonly OrganizationKind[]) =>
  pickerSource({
    query: SearchOrganizationsQuery,
    variables: (search: string) => ({
      filter: { search, statuses: ['ACTIVE' as const], ...(kinds ? { kinds: [...kinds] } : {}) },
      first: 20,
    }),
    rows: (data) => data.organizations.edges.map((e) => e.node),
    toRef: (o: OrgSummary): OrgRef => ({ id: o.id, code: o.code, name: o.name }),
    option: (o) => (
      <>
        <span>{o.name}</span> <span className="mono muted">{o.code}</span> <KindLabel kind={o.kind} />
      </>
    ),
    chip: (o) => (
      <>
        {o.name} <span className="mono muted">{o.code}</span>
      </>
    ),
    testKey: (o) => o.code,
    placeholder: 'pickOrg',
  });

/** A list filter: the organisation whose subtree the list is confined to (the caller's scope when none is picked). */
export function WithinFilter({ selected, onChange }: { selected: OrgRef[]; onChange: (within: OrgRef[]) => void }) {
  const { t } = useI18n();
  return (
    <div className="filter-group filter-wide">
      <span className="field-label">{t('membersWithin')}</span>
      <EntityPicker
        name="withinId"
        source={orgChoices()}
        selected={selected}
        onChange={onChange}
        placeholder={selected.length ? t('pickOrg') : t('membersWithinHint')}
      />
    </div>
  );
}
