import type { FormEvent } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Dialog } from '../../shared/dialog';
import { placeRules } from '../../shared/errors';
import { ConflictNotice, FormButtons, ProblemBanner } from '../../shared/form';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { type MemberDetail, type UpdateMemberInput, UpdateMemberMutation } from './members.documents';
import { PERSON_FIELDS, PersonFields, type PersonValues, toPersonInput } from './person-fields';
import { useLatestMember } from './use-latest-member';

const toValues = (m: MemberDetail): PersonValues => ({
  fullName: m.fullName,
  gender: m.gender,
  dateOfBirth: m.dateOfBirth,
  ethnicity: m.ethnicity,
  religion: m.religion ?? '',
  hometown: m.hometown ?? '',
  generalEducation: m.generalEducation ?? '',
  qualification: m.qualification,
  theoryLevel: m.theoryLevel,
  cardNumber: m.cardNumber ?? '',
});

/** Edits a member's personal data; only what changed is sent; a stale version offers reload or overwrite. */
export function MemberEditDialog({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useI18n();
  const [, update] = useMutation(UpdateMemberMutation);
  const edit = useVersionedEdit<MemberDetail, PersonValues>({
    record: member,
    toValues,
    knownFields: PERSON_FIELDS,
    fetchLatest: useLatestMember(member.id),
    send: async (record, values, initial) => {
      const input: UpdateMemberInput = { id: record.id, version: record.version };
      const next = toPersonInput(values);
      const before = toPersonInput(initial);
      for (const key of PERSON_FIELDS) {
        // A cleared optional field is sent as null; the api keeps what is not sent.
        if (next[key] !== before[key]) Object.assign(input, { [key]: next[key] ?? null });
      }
      const result = await update({ input });
      return { ok: Boolean(result.data), error: result.error };
    },
    onSaved: onClose,
  });
  const { values, setValues } = edit;
  // A birth date that makes the member under 18 at admission: beside the birth date.
  const { problem, byField } = placeRules(edit.problem, { UNDER_AGE: 'dateOfBirth' });

  function submit(event: FormEvent) {
    event.preventDefault();
    void edit.submit();
  }

  return (
    <Dialog title={t('memberEditTitle', { name: member.fullName })} onClose={onClose} testid="member-edit-dialog" wide>
      <form onSubmit={submit} noValidate>
        {problem.staleVersion ? (
          <ConflictNotice
            busy={edit.busy}
            onReload={() => void edit.reload()}
            onOverwrite={() => void edit.overwrite()}
          />
        ) : null}
        <ProblemBanner problem={problem} />
        <PersonFields values={values} onChange={setValues} errors={problem.fields} rules={byField} />
        <FormButtons busy={edit.busy} submitLabel={t('save')} cancelLabel={t('cancel')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
