import type { MemberStatus } from '@dangvu/schema';
import { MEMBER_STATUS_LABELS } from '@dangvu/schema';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Dialog } from '../../shared/dialog';
import { EnumOptions } from '../../shared/enum-inputs';
import { type ApiProblem, NO_PROBLEM, placeRules, readProblem } from '../../shared/errors';
import { Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { todayIso } from '../../shared/format';
import type { OrgRef } from '../organizations/organizations.documents';
import { CellField } from './cell-field';
import { AdmitMemberMutation, RegisterMemberMutation } from './members.documents';
import { EMPTY_PERSON, PERSON_FIELDS, PersonFields, type PersonValues, toPersonInput } from './person-fields';

const FIELDS = [
  ...PERSON_FIELDS,
  'organizationId',
  'admittedOn',
  'decisionNumber',
  'overAgeDecision',
  'status',
  'officialOn',
] as const;

/** Party rules shown beside the field they concern. */
export const ADMISSION_RULE_FIELDS: Record<string, string> = {
  UNDER_AGE: 'admittedOn',
  OVER_AGE: 'admittedOn',
  CELL_REQUIRED: 'organizationId',
  ORGANIZATION_CLOSED: 'organizationId',
};

/** Whole months from birth to the day: 60 years are 720 months (the OVER_AGE threshold). */
export function fullMonths(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

const STATUSES: readonly MemberStatus[] = ['PROBATIONARY', 'OFFICIAL'];

interface Props {
  /** admitMember (kết nạp, starts probationary) or registerMember (an existing member, maybe official). */
  mode: 'admit' | 'register';
  onClose: () => void;
  onSaved: (id: string) => void;
}

/** Kết nạp a new member, or register one who already is (old records). */
export function MemberAdmitDialog({ mode, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [cell, setCell] = useState<OrgRef[]>([]);
  const [person, setPerson] = useState<PersonValues>(EMPTY_PERSON);
  const [values, setValues] = useState({
    admittedOn: todayIso(),
    decisionNumber: '',
    overAgeDecision: '',
    status: 'PROBATIONARY' as MemberStatus,
    officialOn: '',
  });
  const [raw, setRaw] = useState<ApiProblem>(NO_PROBLEM);
  const [{ fetching: admitting }, admit] = useMutation(AdmitMemberMutation);
  const [{ fetching: registering }, register] = useMutation(RegisterMemberMutation);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const { problem, byField } = placeRules(raw, ADMISSION_RULE_FIELDS);
  const overAge =
    mode === 'admit' &&
    ((person.dateOfBirth && values.admittedOn && fullMonths(person.dateOfBirth, values.admittedOn) > 720) ||
      raw.rules.some((r) => r.rule === 'OVER_AGE') ||
      values.overAgeDecision !== '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!cell[0]) {
      setRaw({ ...NO_PROBLEM, fields: { organizationId: t('cellRequired') } });
      return;
    }
    const common = { organizationId: cell[0].id, admittedOn: values.admittedOn, person: toPersonInput(person) };
    const result =
      mode === 'admit'
        ? await admit({
            input: {
              ...common,
              decisionNumber: values.decisionNumber.trim() || null,
              overAgeDecision: values.overAgeDecision.trim() || null,
            },
          })
        : await register({
            input: {
              ...common,
              status: values.status,
              officialOn: values.status === 'OFFICIAL' ? values.officialOn || null : null,
            },
          });
    const data = result.data;
    const id = data && ('admitMember' in data ? data.admitMember.id : data.registerMember.id);
    if (id) onSaved(id);
    else setRaw(readProblem(result.error, FIELDS));
  }

  return (
    <Dialog
      title={mode === 'admit' ? t('admitTitle') : t('registerTitle')}
      onClose={onClose}
      testid={mode === 'admit' ? 'member-admit-dialog' : 'member-register-dialog'}
      wide
    >
      <form onSubmit={submit} noValidate>
        <ProblemBanner problem={problem} />
        <CellField
          selected={cell}
          onChange={setCell}
          error={problem.fields.organizationId}
          rules={byField.organizationId}
        />
        <div className="form-grid">
          {mode === 'register' ? (
            <Field name="status" label={t('status')} error={problem.fields.status}>
              <select
                {...fieldProps('status')}
                value={values.status}
                onChange={(e) => set({ status: e.target.value as MemberStatus })}
              >
                <EnumOptions values={STATUSES} labels={MEMBER_STATUS_LABELS} />
              </select>
            </Field>
          ) : null}
          <Field name="admittedOn" label={t('admittedOn')} error={problem.fields.admittedOn} rules={byField.admittedOn}>
            <input
              {...fieldProps('admittedOn')}
              type="date"
              value={values.admittedOn}
              onChange={(e) => set({ admittedOn: e.target.value })}
            />
          </Field>
          {mode === 'admit' ? (
            <Field name="decisionNumber" label={t('decisionNumber')} error={problem.fields.decisionNumber}>
              <input
                {...fieldProps('decisionNumber')}
                value={values.decisionNumber}
                onChange={(e) => set({ decisionNumber: e.target.value })}
              />
            </Field>
          ) : null}
          {mode === 'register' && values.status === 'OFFICIAL' ? (
            <Field name="officialOn" label={t('officialOn')} error={problem.fields.officialOn}>
              <input
                {...fieldProps('officialOn')}
                type="date"
                value={values.officialOn}
                onChange={(e) => set({ officialOn: e.target.value })}
              />
            </Field>
          ) : null}
          {overAge ? (
            <Field
              name="overAgeDecision"
              label={t('overAgeDecision')}
              error={problem.fields.overAgeDecision}
              hint={t('overAgeHint')}
            >
              <input
                {...fieldProps('overAgeDecision')}
                value={values.overAgeDecision}
                onChange={(e) => set({ overAgeDecision: e.target.value })}
              />
            </Field>
          ) : null}
        </div>
        <h3 className="form-section">{t('personalInfo')}</h3>
        <PersonFields values={person} onChange={setPerson} errors={problem.fields} rules={byField} />
        <FormButtons
          busy={admitting || registering}
          submitLabel={mode === 'admit' ? t('memberAdmit') : t('save')}
          cancelLabel={t('cancel')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
