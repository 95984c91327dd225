import type { OrganizationSector } from '@dangvu/schema';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Field, fieldProps } from '../../shared/form';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
import { SectorOptions } from './org-options';
import {
  OrganizationQuery,
  type OrgDetail,
  type UpdateOrganizationInput,
  UpdateOrganizationMutation,
} from './organizations.documents';

const FIELDS = ['name', 'code', 'sector'] as const;
type Values = { name: string; code: string; sector: OrganizationSector };

const toValues = (org: OrgDetail): Values => ({ name: org.name, code: org.code, sector: org.sector });

/** Edits name, code and sector; a stale version offers reload or overwrite. */
export function OrgEditDialog({ org, onClose }: { org: OrgDetail; onClose: () => void }) {
  const { t } = useI18n();
  const [, update] = useMutation(UpdateOrganizationMutation);
  const edit = useVersionedEdit<OrgDetail, Values>({
    record: org,
    toValues,
    knownFields: FIELDS,
    fetchLatest: useLatest(OrganizationQuery, { id: org.id }, (d) => d.organization),
    send: async (record, values, initial) => {
      const input: UpdateOrganizationInput = { id: record.id, version: record.version };
      if (values.name.trim() !== initial.name) input.name = values.name.trim();
      if (values.code.trim() !== initial.code) input.code = values.code.trim();
      if (values.sector !== initial.sector) input.sector = values.sector;
      return update({ input });
    },
    onSaved: onClose,
  });
  const { values, setValues, problem } = edit;

  return (
    <VersionedEditDialog
      edit={edit}
      title={t('editOrgTitle', { name: org.name })}
      testid="org-edit-dialog"
      onClose={onClose}
      submitLabel={t('save')}
    >
      <Field name="name" label={t('name')} error={problem.fields.name}>
        <input
          {...fieldProps('name')}
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
        />
      </Field>
      <Field name="code" label={t('code')} error={problem.fields.code}>
        <input
          {...fieldProps('code')}
          value={values.code}
          onChange={(e) => setValues({ ...values, code: e.target.value })}
        />
      </Field>
      <Field name="sector" label={t('sector')} error={problem.fields.sector}>
        <select
          {...fieldProps('sector')}
          value={values.sector}
          onChange={(e) => setValues({ ...values, sector: e.target.value as OrganizationSector })}
        >
          <SectorOptions />
        </select>
      </Field>
    </VersionedEditDialog>
  );
}
