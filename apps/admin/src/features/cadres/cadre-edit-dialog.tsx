import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import type { VariablesOf } from '../../graphql';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
import { CADRE_FIELDS, CadrePersonFields, type CadrePersonValues } from './cadre-person-fields';
import { type CadreDetail, CadreQuery, UpdateCadreMutation } from './cadres.documents';

type UpdateInput = VariablesOf<typeof UpdateCadreMutation>['input'];

const toValues = (c: CadreDetail): CadrePersonValues => ({
  fullName: c.fullName,
  gender: c.gender,
  dateOfBirth: c.dateOfBirth,
  theoryLevel: c.theoryLevel,
  qualification: c.qualification,
  homeCommuneCode: c.homeCommune?.code ?? '',
});

const PERSON = ['fullName', 'gender', 'dateOfBirth', 'theoryLevel', 'qualification'] as const;

/**
 * Corrects a cadre: the home commune (by code, anywhere), and for a person
 * who is not a member the name, gender, birth date and levels (a member's are
 * edited on the member). Only what changed is sent; a stale version offers
 * reload or overwrite.
 */
export function CadreEditDialog({ cadre, onClose }: { cadre: CadreDetail; onClose: () => void }) {
  const { t } = useI18n();
  const [, update] = useMutation(UpdateCadreMutation);
  const edit = useVersionedEdit<CadreDetail, CadrePersonValues>({
    record: cadre,
    toValues,
    knownFields: CADRE_FIELDS,
    fetchLatest: useLatest(CadreQuery, { id: cadre.id }, (d) => d.cadre),
    send: async (record, values, initial) => {
      const input: UpdateInput = { id: record.id, version: record.version };
      if (!record.member) {
        for (const key of PERSON) {
          if (values[key] !== initial[key])
            Object.assign(input, { [key]: key === 'fullName' ? values[key].trim() : values[key] });
        }
      }
      const code = values.homeCommuneCode.trim();
      if (code && code !== initial.homeCommuneCode) input.homeCommuneCode = code;
      return update({ input });
    },
    onSaved: onClose,
  });

  return (
    <VersionedEditDialog
      edit={edit}
      title={t('cadreEditTitle', { name: cadre.fullName })}
      testid="cadre-edit-dialog"
      wide
      onClose={onClose}
      submitLabel={t('save')}
    >
      {cadre.member ? <p className="muted small">{t('cadreFromMemberNote')}</p> : null}
      <CadrePersonFields
        values={edit.values}
        onChange={edit.setValues}
        errors={edit.problem.fields}
        homeOnly={Boolean(cadre.member)}
      />
    </VersionedEditDialog>
  );
}
