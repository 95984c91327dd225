import { DISCIPLINE_FORM_LABELS, type DisciplineForm, PARTY_POSITIONS } from '@dangvu/schema';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { type MessageKey, useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { NO_PROBLEM, placeRules } from '../../shared/errors';
import { DateField, TextField } from '../../shared/fields';
import { Field, RuleNote } from '../../shared/form';
import { FormDialog } from '../../shared/form-dialog';
import { todayIso } from '../../shared/format';
import { useStep } from '../../shared/use-step';
import {
  DISCIPLINE_RULE_FIELDS,
  type DisciplineSubject,
  disciplineChoices,
  RULE_SOURCES,
  type WithheldRule,
} from './discipline-forms';
import { SubjectField, subjectIds, subjectOptions } from './finding-dialog';
import { ImposeDisciplineMutation, type InspectionDetail, PartyPostsQuery } from './inspections.documents';

const RULE_MESSAGES: Record<WithheldRule, MessageKey> = {
  FORM_NOT_FOR_SUBJECT: 'ruleFormNotForSubject',
  COMMUNE_LIMIT: 'ruleCommuneLimit',
  MEMBER_NOT_CURRENT: 'ruleMemberNotCurrent',
  PROBATIONARY_LIMIT: 'ruleProbationaryLimit',
  NO_PARTY_POST: 'ruleNoPartyPost',
  PARTY_POST_UNKNOWN: 'rulePartyPostUnknown',
};

/** Does the member hold a party post on the day (null while it is looked up)? */
function useHoldsPartyPost(member: { id: string; fullName: string } | null, on: string, needed: boolean) {
  const [{ data }] = useQuery({
    query: PartyPostsQuery,
    variables: {
      filter: { search: member?.fullName ?? '', positions: [...PARTY_POSITIONS], activeOn: on || todayIso() },
    },
    pause: !member || !needed,
  });
  if (!member || !data) return null;
  return data.cadres.edges.some((e) => e.node.member?.id === member.id);
}

interface DisciplineDialogProps {
  inspection: InspectionDetail;
  onClose: () => void;
}

/**
 * Thi hành kỷ luật: on one subject of a concluded inspection with a violation.
 * Only the forms the caller's role and the subject allow are offered
 * (discipline-forms.ts); why each other form is not is shown beside the
 * form, with its regulation; a refusal by the api shows beside its field too.
 */
export function DisciplineDialog({ inspection, onClose }: DisciplineDialogProps) {
  const { t, l } = useI18n();
  const { user } = useSession();
  const options = subjectOptions(inspection);
  const [values, setValues] = useState({
    subject: options[0]?.value ?? '',
    form: '' as DisciplineForm | '',
    reason: '',
    decidedOn: todayIso(),
    decisionNumber: '',
  });
  const [, impose] = useMutation(ImposeDisciplineMutation);
  const step = useStep(['reason', 'decidedOn', 'decisionNumber', 'memberId', 'form']);
  const { problem, byField } = placeRules(step.problem, DISCIPLINE_RULE_FIELDS);
  const ids = subjectIds(values.subject);
  const member = inspection.subjectMembers.find((m) => m.id === ids.memberId) ?? null;
  const needsPost = user.role !== 'COMMUNE_INSPECTOR' && member?.status === 'OFFICIAL';
  const holdsPartyPost = useHoldsPartyPost(member, values.decidedOn, needsPost);
  const subject: DisciplineSubject = member
    ? { kind: 'MEMBER', status: member.status, holdsPartyPost: needsPost ? holdsPartyPost : false }
    : { kind: 'ORGANIZATION' };
  const { offered, withheld } = disciplineChoices(user.role, subject);
  const form = values.form && offered.includes(values.form) ? values.form : '';
  const byRule = [...new Set(withheld.map((w) => w.rule))].map((rule) => ({
    rule,
    forms: withheld.filter((w) => w.rule === rule).map((w) => l(DISCIPLINE_FORM_LABELS, w.form)),
  }));
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });

  function submit() {
    const missing: Record<string, string> = {};
    if (!values.subject) missing.memberId = t('required');
    if (!form) missing.form = t('disciplinePickForm');
    if (!values.reason.trim()) missing.reason = t('required');
    if (!values.decidedOn) missing.decidedOn = t('required');
    if (Object.keys(missing).length || !form) return step.setProblem({ ...NO_PROBLEM, fields: missing });
    const input = {
      inspectionId: inspection.id,
      form,
      ...ids,
      reason: values.reason.trim(),
      decidedOn: values.decidedOn,
      decisionNumber: values.decisionNumber.trim() || null,
    };
    void step.run(() => impose({ input }), onClose);
  }

  return (
    <FormDialog
      title={t('disciplineTitle', { code: inspection.code })}
      testid="discipline-dialog"
      wide
      onClose={onClose}
      problem={problem}
      busy={step.busy}
      submitLabel={t('disciplineSubmit')}
      onSubmit={submit}
    >
      <SubjectField
        inspection={inspection}
        label={t('disciplineSubject')}
        error={problem.fields.memberId}
        rules={byField.subject}
        value={values.subject}
        onChange={(subject) => set({ subject, form: '' })}
      />
      <Field name="form" label={t('disciplineForm')} error={problem.fields.form} rules={byField.form}>
        <div className="radio-group" role="radiogroup" data-testid="discipline-forms">
          {offered.map((f) => (
            <label key={f} className="checkbox">
              <input
                type="radio"
                name="form"
                value={f}
                data-testid={`field-form-${f}`}
                checked={form === f}
                onChange={() => set({ form: f })}
              />
              {l(DISCIPLINE_FORM_LABELS, f)}
            </label>
          ))}
          {offered.length === 0 ? (
            <span className="muted" data-testid="discipline-no-form">
              {t('disciplineNoForm')}
            </span>
          ) : null}
        </div>
      </Field>
      <div className="withheld" data-testid="discipline-withheld">
        {byRule.map(({ rule, forms }) => (
          <div key={rule} data-testid={`withheld-${rule}`}>
            <RuleNote
              rule={{
                rule,
                source: RULE_SOURCES[rule],
                message: t(RULE_MESSAGES[rule], { forms: forms.join(', ') }),
              }}
            />
          </div>
        ))}
      </div>
      <TextField
        name="reason"
        label={t('disciplineReason')}
        error={problem.fields.reason}
        rows={3}
        value={values.reason}
        onChange={(reason) => set({ reason })}
      />
      <div className="form-grid">
        <DateField
          name="decidedOn"
          label={t('disciplineDecidedOn')}
          error={problem.fields.decidedOn}
          value={values.decidedOn}
          onChange={(decidedOn) => set({ decidedOn })}
        />
        <TextField
          name="decisionNumber"
          label={t('decisionNumber')}
          error={problem.fields.decisionNumber}
          value={values.decisionNumber}
          onChange={(decisionNumber) => set({ decisionNumber })}
        />
      </div>
    </FormDialog>
  );
}
