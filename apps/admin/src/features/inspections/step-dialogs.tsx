import { type ReactNode, useState } from 'react';
import { type AnyVariables, type OperationResult, useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { ConfirmPanel } from '../../shared/confirm-panel';
import { DateField, TextField } from '../../shared/fields';
import { FormDialog, type FormDialogProps } from '../../shared/form-dialog';
import { formatDate, todayIso } from '../../shared/format';
import { useStep } from '../../shared/use-step';
import {
  CancelInspectionMutation,
  CompleteRemedyMutation,
  type InspectionDetail,
  StartInspectionMutation,
} from './inspections.documents';

/** A stale version: someone changed the record since the page was read; reload it. */
export function StaleNotice({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-warning" role="alert" data-testid="conflict">
      <p>{t('inspectionStale')}</p>
      <button type="button" className="btn" data-testid="conflict-reload" onClick={onReload}>
        {t('conflictReload')}
      </button>
    </div>
  );
}

/** A step of an inspection in a FormDialog, with the stale-version notice (reload) in place of the banner's. */
export function StepDialog({ onReload, ...props }: Omit<FormDialogProps, 'notice'> & { onReload: () => void }) {
  return <FormDialog {...props} notice={props.problem.staleVersion ? <StaleNotice onReload={onReload} /> : null} />;
}

interface StepProps {
  inspection: InspectionDetail;
  onClose: () => void;
  /** Read the inspection again (after a stale version) and close. */
  onReload: () => void;
}

interface DayStepProps {
  title: string;
  testid: string;
  label: string;
  submitLabel: string;
  intro?: ReactNode;
  /** Sends the step on the chosen day. */
  send: (on: string) => Promise<OperationResult<unknown, AnyVariables>>;
  onClose: () => void;
  onReload: () => void;
}

/** A step taken on a day (today by default): start an inspection, complete a remedy. */
function DayStepDialog({ title, testid, label, submitLabel, intro, send, onClose, onReload }: DayStepProps) {
  const { t } = useI18n();
  const [on, setOn] = useState(todayIso());
  const step = useStep(['on']);
  return (
    <StepDialog
      title={title}
      testid={testid}
      onClose={onClose}
      onReload={onReload}
      problem={step.problem}
      busy={step.busy}
      submitLabel={submitLabel}
      intro={intro}
      onSubmit={() => void (step.missing({ on }, t('required')) || step.run(() => send(on), onClose))}
    >
      <DateField name="on" label={label} error={step.problem.fields.on} value={on} onChange={setOn} />
    </StepDialog>
  );
}

/** Bắt đầu: PLANNED → IN_PROGRESS on a day. */
export function StartDialog({ inspection, onClose, onReload }: StepProps) {
  const { t } = useI18n();
  const [, start] = useMutation(StartInspectionMutation);
  return (
    <DayStepDialog
      title={t('startTitle', { code: inspection.code })}
      testid="start-dialog"
      label={t('inspectionStartedOn')}
      submitLabel={t('inspectionStart')}
      send={(on) => start({ input: { id: inspection.id, version: inspection.version, on } })}
      onClose={onClose}
      onReload={onReload}
    />
  );
}

/** Hủy: a reason, then a confirmation; not after the conclusion. */
export function CancelDialog({ inspection, onClose, onReload }: StepProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [, cancel] = useMutation(CancelInspectionMutation);
  const step = useStep(['reason']);
  const send = () =>
    step
      .run(() => cancel({ id: inspection.id, version: inspection.version, reason: reason.trim() }), onClose)
      .finally(() => setConfirming(false));
  return (
    <StepDialog
      title={t('cancelTitle', { code: inspection.code })}
      testid="cancel-dialog"
      onClose={onClose}
      onReload={onReload}
      problem={step.problem}
      busy={step.busy}
      submitLabel={t('inspectionCancel')}
      danger
      onSubmit={() => setConfirming(!step.missing({ reason }, t('required')))}
      instead={
        confirming ? (
          <ConfirmPanel
            message={t('cancelConfirm', { title: inspection.title })}
            busy={step.busy}
            onConfirm={() => void send()}
            onCancel={() => setConfirming(false)}
          />
        ) : null
      }
    >
      <TextField
        name="reason"
        label={t('cancelReason')}
        error={step.problem.fields.reason}
        rows={3}
        value={reason}
        onChange={setReason}
      />
    </StepDialog>
  );
}

interface RemedyProps {
  remedy: InspectionDetail['remedies'][number];
  onClose: () => void;
  onReload: () => void;
}

/** Hoàn thành khắc phục: the day the remedy was done. */
export function CompleteRemedyDialog({ remedy, onClose, onReload }: RemedyProps) {
  const { t } = useI18n();
  const [, complete] = useMutation(CompleteRemedyMutation);
  return (
    <DayStepDialog
      title={t('remedyCompleteTitle')}
      testid="remedy-complete-dialog"
      label={t('remedyCompletedOn')}
      submitLabel={t('remedyComplete')}
      intro={
        <p>
          {remedy.action}{' '}
          <span className="muted">
            · {remedy.responsible.name} · {t('remedyDue', { date: formatDate(remedy.dueOn) })}
          </span>
        </p>
      }
      send={(on) => complete({ input: { id: remedy.id, version: remedy.version, on } })}
      onClose={onClose}
      onReload={onReload}
    />
  );
}
