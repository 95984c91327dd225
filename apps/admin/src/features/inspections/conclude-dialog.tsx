import { INSPECTION_OUTCOME_LABELS, INSPECTION_OUTCOMES, type InspectionOutcome } from '@dangvu/schema';
import { useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { NO_PROBLEM } from '../../shared/errors';
import { DateField, EnumField, TextField } from '../../shared/fields';
import { Field } from '../../shared/form';
import { todayIso } from '../../shared/format';
import { useStep } from '../../shared/use-step';
import { ConcludeInspectionMutation, type InspectionDetail } from './inspections.documents';
import { StepDialog } from './step-dialogs';
import { type OrgRef, OrgsPicker } from './subject-pickers';

interface RemedyDraft {
  key: number;
  action: string;
  responsible: OrgRef[];
  dueOn: string;
}

/** The field errors of the remedy rows, by `<row>.<field>` (the api names them `input.remedies.<k>.<field>`). */
export function remedyErrors(error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const fields = (e.extensions as { fields?: { path?: unknown[]; message?: string }[] } | undefined)?.fields ?? [];
    for (const f of fields) {
      const path = (f.path ?? []).map(String);
      const at = path.indexOf('remedies');
      if (at >= 0 && path.length > at + 2) out[`${path[at + 1]}.${path[at + 2]}`] = f.message ?? e.message;
    }
  }
  return out;
}

interface ConcludeDialogProps {
  inspection: InspectionDetail;
  onClose: () => void;
  onReload: () => void;
}

/**
 * Kết luận: the day, the outcome, the conclusion and the remedies it requires
 * (each an action, the organisation responsible, a due day); the inspection
 * is then read-only except for its remedies.
 */
export function ConcludeDialog({ inspection, onClose, onReload }: ConcludeDialogProps) {
  const { t } = useI18n();
  const firstOrg = inspection.subjectOrganizations[0];
  const [values, setValues] = useState({
    on: todayIso(),
    outcome: 'SHORTCOMINGS' as InspectionOutcome,
    conclusion: '',
  });
  const [remedies, setRemedies] = useState<RemedyDraft[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [, conclude] = useMutation(ConcludeInspectionMutation);
  const step = useStep(['on', 'outcome', 'conclusion']);
  const problem = {
    ...step.problem,
    unplaced: step.problem.unplaced.filter((u) => !['action', 'dueOn', 'responsibleId'].includes(u.field)),
  };
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const setRemedy = (key: number, patch: Partial<RemedyDraft>) =>
    setRemedies(remedies.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const addRemedy = () =>
    setRemedies([
      ...remedies,
      {
        key: (remedies[remedies.length - 1]?.key ?? 0) + 1,
        action: '',
        responsible: firstOrg ? [firstOrg] : [],
        dueOn: '',
      },
    ]);

  function submit() {
    const missing: Record<string, string> = {};
    if (!values.conclusion.trim()) missing.conclusion = t('required');
    if (!values.on) missing.on = t('required');
    const rows: Record<string, string> = {};
    remedies.forEach((r, k) => {
      if (!r.action.trim()) rows[`${k}.action`] = t('required');
      if (!r.responsible[0]) rows[`${k}.responsibleId`] = t('required');
      if (!r.dueOn) rows[`${k}.dueOn`] = t('required');
    });
    setRowErrors(rows);
    if (Object.keys(missing).length || Object.keys(rows).length) {
      step.setProblem({ ...NO_PROBLEM, fields: missing });
      return;
    }
    const input = {
      id: inspection.id,
      version: inspection.version,
      on: values.on,
      outcome: values.outcome,
      conclusion: values.conclusion.trim(),
      remedies: remedies.map((r) => ({ action: r.action.trim(), responsibleId: r.responsible[0].id, dueOn: r.dueOn })),
    };
    void step.run(async () => {
      const result = await conclude({ input });
      setRowErrors(remedyErrors(result.error));
      return result;
    }, onClose);
  }

  return (
    <StepDialog
      title={t('concludeTitle', { code: inspection.code })}
      testid="conclude-dialog"
      wide
      onClose={onClose}
      onReload={onReload}
      problem={problem}
      busy={step.busy}
      submitLabel={t('inspectionConclude')}
      onSubmit={submit}
    >
      <div className="form-grid">
        <DateField
          name="on"
          label={t('inspectionConcludedOn')}
          error={problem.fields.on}
          value={values.on}
          onChange={(on) => set({ on })}
        />
        <EnumField
          name="outcome"
          label={t('inspectionOutcome')}
          error={problem.fields.outcome}
          value={values.outcome}
          values={INSPECTION_OUTCOMES}
          labels={INSPECTION_OUTCOME_LABELS}
          onChange={(outcome) => set({ outcome })}
        />
      </div>
      <TextField
        name="conclusion"
        label={t('inspectionConclusion')}
        error={problem.fields.conclusion}
        rows={4}
        value={values.conclusion}
        onChange={(conclusion) => set({ conclusion })}
      />
      <fieldset className="remedy-rows" data-testid="remedy-rows">
        <legend className="field-label">{t('remedies')}</legend>
        {remedies.length === 0 ? <p className="muted small">{t('remediesNone')}</p> : null}
        {remedies.map((r, k) => (
          <div key={r.key} className="remedy-row" data-testid={`remedy-row-${k}`}>
            <TextField
              name={`remedyAction-${k}`}
              label={t('remedyAction')}
              error={rowErrors[`${k}.action`]}
              value={r.action}
              onChange={(action) => setRemedy(r.key, { action })}
            />
            <Field
              name={`remedyResponsible-${k}`}
              label={t('remedyResponsible')}
              error={rowErrors[`${k}.responsibleId`]}
            >
              <OrgsPicker
                name={`remedyResponsible-${k}`}
                selected={r.responsible}
                onChange={(responsible) => setRemedy(r.key, { responsible })}
              />
            </Field>
            <DateField
              name={`remedyDueOn-${k}`}
              label={t('remedyDueOn')}
              error={rowErrors[`${k}.dueOn`]}
              value={r.dueOn}
              onChange={(dueOn) => setRemedy(r.key, { dueOn })}
            />
            <button
              type="button"
              className="btn btn-small remedy-remove"
              data-testid={`remedy-remove-${k}`}
              onClick={() => setRemedies(remedies.filter((x) => x.key !== r.key))}
            >
              {t('remove')}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" data-testid="remedy-add" onClick={addRemedy}>
          {t('remedyAdd')}
        </button>
      </fieldset>
    </StepDialog>
  );
}
