import type { OrganizationKind } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { EntityPicker } from '../../shared/entity-picker';
import type { RuleViolation } from '../../shared/errors';
import { Field } from '../../shared/form';
import { orgChoices } from '../organizations/org-choices';
import type { OrgRef } from '../organizations/organizations.documents';

/** Where members live: the kinds a member's organisation may have. */
export const CELL_KINDS: readonly OrganizationKind[] = ['SUBORDINATE_CELL', 'GRASSROOTS_CELL'];

interface CellFieldProps {
  /** The field (`field-<name>`, `pick-<name>-<CODE>`); `organizationId` when omitted. */
  name?: string;
  selected: OrgRef[];
  onChange: (selected: OrgRef[]) => void;
  error?: string;
  rules?: RuleViolation[];
  excludeIds?: string[];
}

/** The cell a member or candidate goes to: active subordinate or grassroots cells, where members live. */
export function CellField({ name = 'organizationId', selected, onChange, error, rules, excludeIds }: CellFieldProps) {
  const { t } = useI18n();
  return (
    <Field name={name} label={t('cell')} error={error} rules={rules}>
      <EntityPicker
        name={name}
        source={orgChoices(CELL_KINDS)}
        selected={selected}
        onChange={onChange}
        excludeIds={excludeIds}
        placeholder={t('pickCell')}
      />
    </Field>
  );
}
