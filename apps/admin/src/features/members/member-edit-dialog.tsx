import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { placeRules } from '../../shared/errors';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
import { type MemberDetail, MemberQuery, type UpdateMemberInput, UpdateMemberMutation } from './members.documents';
import { PERSON_FIELDS, PersonFields, type PersonValues, toPersonInput } from './person-fields';

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
    fetchLatest: useLatest(MemberQuery, { id: member.id }, (d) => d.member),
    send: async (record, values, initial) => {
      const input: UpdateMemberInput = { id: record.id, version: record.version };
      const next = toPersonInput(values);
      const before = toPersonInput(initial);
      for (const key of PERSON_FIELDS) {
        // A cleared optional field is sent as null; the api keeps what is not sent.
        if (next[key] !== before[key]) Object.assign(input, { [key]: next[key] ?? null });
      }
      return update({ input });
    },
    onSaved: onClose,
  });
  const { values, setValues } = edit;
  // A birth date that makes the member under 18 at admission: beside the birth date.
  const { problem, byField } = placeRules(edit.problem, { UNDER_AGE: 'dateOfBirth' });

  return (
    <VersionedEditDialog
      edit={edit}
      problem={problem}
      title={t('memberEditTitle', { name: member.fullName })}
      testid="member-edit-dialog"
      wide
      onClose={onClose}
      submitLabel={t('save')}
    >
      <PersonFields values={values} onChange={setValues} errors={problem.fields} rules={byField} />
    </VersionedEditDialog>
  );
}
