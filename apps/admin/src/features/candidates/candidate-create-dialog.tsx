import type { Gender } from '@dangvu/schema';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { type ApiProblem, NO_PROBLEM, placeRules, readProblem } from '../../shared/errors';
import { Field, fieldProps } from '../../shared/form';
import { FormDialog } from '../../shared/form-dialog';
import { CellField } from '../members/cell-field';
import { ADMISSION_RULE_FIELDS } from '../members/member-admit-dialog';
import { PersonFields } from '../members/person-fields';
import type { OrgRef } from '../organizations/organizations.documents';
import { CreateCandidateMutation } from './candidates.documents';

const FIELDS = ['organizationId', 'fullName', 'gender', 'dateOfBirth', 'ethnicity', 'note'] as const;

/** Tạo nguồn: a new candidate (quần chúng ưu tú) in a cell. */
export function CandidateCreateDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const [cell, setCell] = useState<OrgRef[]>([]);
  const [person, setPerson] = useState({ fullName: '', gender: 'MALE' as Gender, dateOfBirth: '', ethnicity: 'Kinh' });
  const [note, setNote] = useState('');
  const [raw, setRaw] = useState<ApiProblem>(NO_PROBLEM);
  const [{ fetching }, create] = useMutation(CreateCandidateMutation);
  const { problem, byField } = placeRules(raw, ADMISSION_RULE_FIELDS);

  async function submit() {
    if (!cell[0]) {
      setRaw({ ...NO_PROBLEM, fields: { organizationId: t('cellRequired') } });
      return;
    }
    const result = await create({
      input: {
        organizationId: cell[0].id,
        fullName: person.fullName.trim(),
        gender: person.gender,
        dateOfBirth: person.dateOfBirth,
        ethnicity: person.ethnicity.trim(),
        note: note.trim() || null,
      },
    });
    if (result.data) onDone();
    else setRaw(readProblem(result.error, FIELDS));
  }

  return (
    <FormDialog
      title={t('candidateCreateTitle')}
      onClose={onClose}
      testid="candidate-create-dialog"
      wide
      problem={problem}
      busy={fetching}
      submitLabel={t('save')}
      onSubmit={() => void submit()}
    >
      <CellField
        selected={cell}
        onChange={setCell}
        error={problem.fields.organizationId}
        rules={byField.organizationId}
      />
      <PersonFields values={person} onChange={setPerson} errors={problem.fields} rules={byField} basicOnly />
      <Field name="note" label={t('note')} error={problem.fields.note}>
        <textarea {...fieldProps('note')} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </FormDialog>
  );
}
