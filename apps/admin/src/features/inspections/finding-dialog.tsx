import { FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, type FindingSeverity } from '@dangvu/schema';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Dialog } from '../../shared/dialog';
import { NO_PROBLEM, placeRules } from '../../shared/errors';
import { Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { EnumField, TextField } from './fields';
import { AddFindingMutation, type InspectionDetail } from './inspections.documents';
import { StaleNotice, useStep } from './step-dialogs';

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
  const [{ fetching }, add] = useMutation(AddFindingMutation);
  const step = useStep(['text', 'severity', 'memberId', 'organizationId']);
  const { problem, byField } = placeRules(step.problem, RULE_FIELDS);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!values.text.trim()) return step.setProblem({ ...NO_PROBLEM, fields: { text: t('required') } });
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
    <Dialog title={t('findingTitle', { code: inspection.code })} onClose={onClose} testid="finding-dialog" wide>
      <form onSubmit={submit} noValidate>
        {problem.staleVersion ? <StaleNotice onReload={onReload} /> : <ProblemBanner problem={problem} />}
        <div className="form-grid">
          <Field
            name="subject"
            label={t('findingSubject')}
            error={problem.fields.memberId ?? problem.fields.organizationId}
            rules={byField.subject}
          >
            <select
              {...fieldProps('subject')}
              value={values.subject}
              onChange={(e) => set({ subject: e.target.value })}
            >
              <option value="">{t('findingWhole')}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
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
        <FormButtons busy={fetching} submitLabel={t('findingAdd')} cancelLabel={t('cancel')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
