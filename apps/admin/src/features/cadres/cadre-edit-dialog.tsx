import type { FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import type { VariablesOf } from '../../graphql';
import { Dialog } from '../../shared/dialog';
import { ConflictNotice, FormButtons, ProblemBanner } from '../../shared/form';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
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
  const client = useClient();
  const [, update] = useMutation(UpdateCadreMutation);
  const edit = useVersionedEdit<CadreDetail, CadrePersonValues>({
    record: cadre,
    toValues,
    knownFields: CADRE_FIELDS,
    fetchLatest: async () => {
      const r = await client.query(CadreQuery, { id: cadre.id }, { requestPolicy: 'network-only' }).toPromise();
      return r.data?.cadre ?? null;
    },
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
      const result = await update({ input });
      return { ok: Boolean(result.data), error: result.error };
    },
    onSaved: onClose,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void edit.submit();
  }

  return (
    <Dialog title={t('cadreEditTitle', { name: cadre.fullName })} onClose={onClose} testid="cadre-edit-dialog" wide>
      <form onSubmit={submit} noValidate>
        {edit.problem.staleVersion ? (
          <ConflictNotice
            busy={edit.busy}
            onReload={() => void edit.reload()}
            onOverwrite={() => void edit.overwrite()}
          />
        ) : null}
        <ProblemBanner problem={edit.problem} />
        {cadre.member ? <p className="muted small">{t('cadreFromMemberNote')}</p> : null}
        <CadrePersonFields
          values={edit.values}
          onChange={edit.setValues}
          errors={edit.problem.fields}
          homeOnly={Boolean(cadre.member)}
        />
        <FormButtons busy={edit.busy} submitLabel={t('save')} cancelLabel={t('cancel')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
