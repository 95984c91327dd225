import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { placeRules } from '../../shared/errors';
import { Field, fieldProps } from '../../shared/form';
import { todayIso } from '../../shared/format';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
import { ADMISSION_RULE_FIELDS, fullMonths } from '../members/member-admit-dialog';
import { AdmitCandidateMutation, type CandidateCard, CandidateQuery } from './candidates.documents';

const FIELDS = ['admittedOn', 'decisionNumber', 'cardNumber', 'overAgeDecision'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

interface Props {
  candidate: CandidateCard;
  onClose: () => void;
  onDone: () => void;
}

/** Kết nạp a VERIFIED candidate: a PROBATIONARY member in the candidate's cell. */
export function CandidateAdmitDialog({ candidate, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [, admit] = useMutation(AdmitCandidateMutation);
  const [admitted, setAdmitted] = useState<{ id: string; fullName: string } | null>(null);
  const edit = useVersionedEdit<CandidateCard, Values>({
    record: candidate,
    blank: () => ({
      admittedOn: todayIso(),
      decisionNumber: '',
      cardNumber: '',
      overAgeDecision: '',
    }),
    knownFields: FIELDS,
    fetchLatest: useLatest(CandidateQuery, { id: candidate.id }, (d) => d.candidate),
    send: async (record, values) => {
      const result = await admit({
        input: {
          id: record.id,
          version: record.version,
          admittedOn: values.admittedOn,
          decisionNumber: values.decisionNumber.trim() || null,
          cardNumber: values.cardNumber.trim() || null,
          overAgeDecision: values.overAgeDecision.trim() || null,
        },
      });
      const member = result.data?.admitCandidate;
      if (member) setAdmitted(member);
      return result;
    },
    onSaved: onDone,
  });
  const { values, setValues } = edit;
  const { problem, byField } = placeRules(edit.problem, ADMISSION_RULE_FIELDS);
  const set = (patch: Partial<Values>) => setValues({ ...values, ...patch });
  const overAge =
    (values.admittedOn && fullMonths(candidate.dateOfBirth, values.admittedOn) > 720) ||
    edit.problem.rules.some((r) => r.rule === 'OVER_AGE') ||
    values.overAgeDecision !== '';

  const title = t('candidateAdmitTitle', { name: candidate.fullName });
  const text = (name: (typeof FIELDS)[number], label: string, type = 'text') => (
    <Field name={name} label={label} error={problem.fields[name]} rules={byField[name]}>
      <input {...fieldProps(name)} type={type} value={values[name]} onChange={(e) => set({ [name]: e.target.value })} />
    </Field>
  );
  return (
    <VersionedEditDialog
      edit={edit}
      problem={problem}
      title={title}
      testid="candidate-admit-dialog"
      done={
        admitted ? (
          <Link to={`/members/${encodeURIComponent(admitted.id)}`} data-testid="candidate-admitted-member">
            {t('candidateAdmitted', { name: admitted.fullName })}
          </Link>
        ) : null
      }
      onClose={onClose}
      submitLabel={t('candidateAdmit')}
    >
      {text('admittedOn', t('admittedOn'), 'date')}
      {text('decisionNumber', t('decisionNumber'))}
      {text('cardNumber', t('cardNumber'))}
      {overAge ? text('overAgeDecision', t('overAgeDecision')) : null}
    </VersionedEditDialog>
  );
}
