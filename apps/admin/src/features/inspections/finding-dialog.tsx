import { FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, type FindingSeverity } from '@dangvu/schema';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { placeRules, type RuleViolation } from '../../shared/errors';
import { EnumField, TextField } from '../../shared/fields';
import { Field, fieldProps } from '../../shared/form';
import { useStep } from '../../shared/use-step';
import { AddFindingMutation, type InspectionDetail } from './inspections.documents';
import { StepDialog } from './step-dialogs';

/** `org:<id>` or `member:<id>`: one of the inspection's subjects; '' for the inspection as a whole. */
export function subjectOptions(i: InspectionDetail): { value: string; label: string }[] {
  return [
    ...i.subjectOrganizations.map((o) => ({ value: `org:${o.id}`, label: `${o.name} (${o.code})` })),
    ...i.subjectMembers.map((m) => ({ value: `member:${m.id}`, label: m.fullName })),
  ];
}

/** The ids of a subject option. */
export function subjectIds(value: string): { memberId: string | null; organizationId: string | null } {
  const [kind, id] = value.split(':');
  return { memberId: kind === 'member' ? id : null, organizationId: kind === 'org' ? id : null };
}

const RULE_FIELDS: Record<string, string> = { SUBJECT_NOT_NAMED: 'subject' };

interface SubjectFieldProps {
  inspection: InspectionDetail;
  value: string;
  onChange: (value: string) => void;
  label: string;
  error?: string;
  rules?: RuleViolation[];
  /** The first choice, for the inspection as a whole; none when omitted. */
  whole?: string;
}

/** One of the inspection's subjects (`field-subject`: `org:<id>` or `member:<id>`). */
export function SubjectField({ inspection, value, onChange, whole, ...field }: SubjectFieldProps) {
  return (
    <Field name="subject" {...field}>
      <select {...fieldProps('subject')} value={value} onChange={(e) => onChange(e.target.value)}>
        {whole === undefined ? null : <option value="">{whole}</option>}
        {subjectOptions(inspection).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface FindingDialogProps {
  inspection: InspectionDetail;
  onClose: () => void;
  onReload: () => void;
}

/** Ghi nhận phát hiện: what was found, how serious, and about which subject (or the inspection as a whole). */
export function FindingDialog({ inspection, onClose, onReload }: FindingDialogProps) {
  const { t } = useI18n();
  const options = subjectOptions(inspection);
  const [values, setValues] = useState({
    subject: options.length === 1 ? options[0].value : '',
    severity: 'MINOR' as FindingSeverity,
    text: '',
  });
  const [, add] = useMutation(AddFindingMutation);
  const step = useStep(['text', 'severity', 'memberId', 'organizationId']);
  const { problem, byField } = placeRules(step.problem, RULE_FIELDS);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });

  function submit() {
    if (step.missing({ text: values.text }, t('required'))) return;
    const input = {
      inspectionId: inspection.id,
      version: inspection.version,
      text: values.text.trim(),
      severity: values.severity,
      ...subjectIds(values.subject),
    };
    void step.run(() => add({ input }), onClose);
  }

  return (
    <StepDialog
      title={t('findingTitle', { code: inspection.code })}
      testid="finding-dialog"
      wide
      onClose={onClose}
      onReload={onReload}
      problem={problem}
      busy={step.busy}
      submitLabel={t('findingAdd')}
      onSubmit={submit}
    >
      <div className="form-grid">
        <SubjectField
          inspection={inspection}
          label={t('findingSubject')}
          whole={t('findingWhole')}
          error={problem.fields.memberId ?? problem.fields.organizationId}
          rules={byField.subject}
          value={values.subject}
          onChange={(subject) => set({ subject })}
        />
        <EnumField
          name="severity"
          label={t('findingSeverity')}
          error={problem.fields.severity}
          value={values.severity}
          values={FINDING_SEVERITIES}
          labels={FINDING_SEVERITY_LABELS}
          onChange={(severity) => set({ severity })}
        />
      </div>
      <TextField
        name="text"
        label={t('findingText')}
        error={problem.fields.text}
        rows={4}
        value={values.text}
        onChange={(text) => set({ text })}
      />
    </StepDialog>
  );
}
