import { type FormEvent, type ReactNode, useState } from 'react';
import { type AnyVariables, type OperationResult, useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { ConfirmPanel } from '../../shared/confirm-panel';
import { Dialog } from '../../shared/dialog';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { FormButtons, ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { DayField, TextField } from './fields';
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

/** Sends a step and keeps what went wrong; `ok` on success. */
export function useStep(fields: readonly string[]) {
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  async function run(send: () => Promise<OperationResult<unknown, AnyVariables>>, ok: () => void) {
    const result = await send();
    if (result.data && !result.error) ok();
    else setProblem(readProblem(result.error, fields));
  }
  return { problem, setProblem, run };
}

interface StepProps {
  inspection: InspectionDetail;
  onClose: () => void;
  /** Read the inspection again (after a stale version) and close. */
  onReload: () => void;
}

/** A dialog of one step: its problem banner (or the stale notice), the fields, the buttons. */
function StepForm(props: {
  problem: ApiProblem;
  onReload: () => void;
  onSubmit: (e: FormEvent) => void;
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form onSubmit={props.onSubmit} noValidate>
      {props.problem.staleVersion ? (
        <StaleNotice onReload={props.onReload} />
      ) : (
        <ProblemBanner problem={props.problem} />
      )}
      {props.children}
      <FormButtons
        busy={props.busy}
        submitLabel={props.submitLabel}
        cancelLabel={t('cancel')}
        onCancel={props.onCancel}
      />
    </form>
  );
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
  const { problem, setProblem, run } = useStep(['on']);
  const [busy, setBusy] = useState(false);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!on) return setProblem({ ...NO_PROBLEM, fields: { on: t('required') } });
    setBusy(true);
    void run(() => send(on), onClose).finally(() => setBusy(false));
  }
  return (
    <Dialog title={title} onClose={onClose} testid={testid}>
      {intro}
      <StepForm
        problem={problem}
        onReload={onReload}
        onSubmit={submit}
        busy={busy}
        submitLabel={submitLabel}
        onCancel={onClose}
      >
        <DayField name="on" label={label} error={problem.fields.on} value={on} onChange={setOn} />
      </StepForm>
    </Dialog>
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
  const [{ fetching }, cancel] = useMutation(CancelInspectionMutation);
  const { problem, setProblem, run } = useStep(['reason']);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return setProblem({ ...NO_PROBLEM, fields: { reason: t('required') } });
    setConfirming(true);
  }
  const send = () =>
    run(() => cancel({ id: inspection.id, version: inspection.version, reason: reason.trim() }), onClose).finally(() =>
      setConfirming(false),
    );
  return (
    <Dialog title={t('cancelTitle', { code: inspection.code })} onClose={onClose} testid="cancel-dialog">
      {confirming ? (
        <ConfirmPanel
          message={t('cancelConfirm', { title: inspection.title })}
          busy={fetching}
          onConfirm={() => void send()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <StepForm
          problem={problem}
          onReload={onReload}
          onSubmit={submit}
          busy={fetching}
          submitLabel={t('inspectionCancel')}
          onCancel={onClose}
        >
          <TextField
            name="reason"
            label={t('cancelReason')}
            error={problem.fields.reason}
            rows={3}
            value={reason}
            onChange={setReason}
          />
        </StepForm>
      )}
    </Dialog>
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
