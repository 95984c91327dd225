import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Field, fieldProps } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
import { DissolveOrganizationMutation, OrganizationQuery, type OrgDetail } from './organizations.documents';

const FIELDS = ['on', 'decisionNumber'] as const;
type Values = { on: string; decisionNumber: string };

/** Giải thể: date and decision, then a confirmation. */
export function OrgDissolveDialog({ org, onClose }: { org: OrgDetail; onClose: () => void }) {
  const { t } = useI18n();
  const [, dissolve] = useMutation(DissolveOrganizationMutation);
  const edit = useVersionedEdit<OrgDetail, Values>({
    record: org,
    blank: () => ({ on: todayIso(), decisionNumber: '' }),
    knownFields: FIELDS,
    fetchLatest: useLatest(OrganizationQuery, { id: org.id }, (d) => d.organization),
    send: async (record, values) => {
      const input = {
        id: record.id,
        version: record.version,
        on: values.on,
        decisionNumber: values.decisionNumber.trim() || null,
      };
      return dissolve({ input });
    },
    onSaved: onClose,
  });
  const { values, setValues, problem } = edit;

  return (
    <VersionedEditDialog
      edit={edit}
      title={t('dissolveTitle', { name: org.name })}
      testid="org-dissolve-dialog"
      onClose={onClose}
      danger
      submitLabel={t('dissolve')}
      confirm={t('dissolveConfirm', { name: org.name, date: formatDate(values.on) })}
    >
      <Field name="on" label={t('dissolveOn')} error={problem.fields.on}>
        <input
          {...fieldProps('on')}
          type="date"
          value={values.on}
          onChange={(e) => setValues({ ...values, on: e.target.value })}
        />
      </Field>
      <Field name="decisionNumber" label={t('decisionNumber')} error={problem.fields.decisionNumber}>
        <input
          {...fieldProps('decisionNumber')}
          value={values.decisionNumber}
          onChange={(e) => setValues({ ...values, decisionNumber: e.target.value })}
        />
      </Field>
    </VersionedEditDialog>
  );
}
