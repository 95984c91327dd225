import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { DateInput } from '../../shared/date-input';
import { Dialog } from '../../shared/dialog';
import { placeRules } from '../../shared/errors';
import { ConflictNotice, Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { todayIso } from '../../shared/format';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { ADMISSION_RULE_FIELDS, fullMonths } from '../members/member-admit-dialog';
import { AdmitCandidateMutation, type CandidateCard } from './candidates.documents';
import { useLatestCandidate } from './use-latest-candidate';

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
  const [initialValues] = useState<Values>(() => ({
    admittedOn: todayIso(),
    decisionNumber: '',
    cardNumber: '',
    overAgeDecision: '',
  }));
  const edit = useVersionedEdit<CandidateCard, Values>({
    record: candidate,
    toValues: () => initialValues,
    knownFields: FIELDS,
    fetchLatest: useLatestCandidate(candidate.id),
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
      return { ok: Boolean(member), error: result.error };
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

  function submit(event: FormEvent) {
    event.preventDefault();
    void edit.submit();
  }

  const title = t('candidateAdmitTitle', { name: candidate.fullName });
  if (admitted) {
    return (
      <Dialog title={title} onClose={onClose} testid="candidate-admit-dialog">
        <div className="alert alert-success" data-testid="form-success">
          <Link to={`/members/${encodeURIComponent(admitted.id)}`} data-testid="candidate-admitted-member">
            {t('candidateAdmitted', { name: admitted.fullName })}
          </Link>
        </div>
        <div className="button-row">
          <button type="button" className="btn" data-testid="form-cancel" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </Dialog>
    );
  }
  const text = (name: (typeof FIELDS)[number], label: string, type: 'text' | 'date' = 'text') => (
    <Field name={name} label={label} error={problem.fields[name]} rules={byField[name]}>
      {type === 'date' ? (
        <DateInput name={name} value={values[name]} onChange={(v) => set({ [name]: v })} />
      ) : (
        <input {...fieldProps(name)} value={values[name]} onChange={(e) => set({ [name]: e.target.value })} />
      )}
    </Field>
  );
  return (
    <Dialog title={title} onClose={onClose} testid="candidate-admit-dialog">
      <form onSubmit={submit} noValidate>
        {problem.staleVersion ? (
          <ConflictNotice
            busy={edit.busy}
            onReload={() => void edit.reload()}
            onOverwrite={() => void edit.overwrite()}
          />
        ) : null}
        <ProblemBanner problem={problem} />
        {text('admittedOn', t('admittedOn'), 'date')}
        {text('decisionNumber', t('decisionNumber'))}
        {text('cardNumber', t('cardNumber'))}
        {overAge ? text('overAgeDecision', t('overAgeDecision')) : null}
        <FormButtons busy={edit.busy} submitLabel={t('candidateAdmit')} cancelLabel={t('cancel')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
