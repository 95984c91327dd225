import { type FormEvent, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { ConfirmPanel } from '../../shared/confirm-panel';
import { Dialog } from '../../shared/dialog';
import { ConflictNotice, Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import {
  AcceptTransferMutation,
  RejectTransferMutation,
  type TransferRow,
  TransfersQuery,
} from './transfers.documents';

const FIELDS = ['reason'] as const;

interface Props {
  decision: 'accept' | 'reject';
  transfer: TransferRow;
  onClose: () => void;
}

/**
 * Accepts (a confirmation) or rejects (a reason, then a confirmation) a
 * pending transfer into the caller's scope. The sender may not decide: the
 * api answers FORBIDDEN, shown here.
 */
export function TransferDecisionDialog({ decision, transfer, onClose }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const [, accept] = useMutation(AcceptTransferMutation);
  const [, reject] = useMutation(RejectTransferMutation);
  const [confirming, setConfirming] = useState(decision === 'accept');
  const edit = useVersionedEdit<TransferRow, { reason: string }>({
    record: transfer,
    toValues: () => ({ reason: '' }),
    knownFields: FIELDS,
    fetchLatest: async () => {
      const result = await client
        .query(TransfersQuery, { statuses: null }, { requestPolicy: 'network-only' })
        .toPromise();
      return result.data?.transfers.find((x) => x.id === transfer.id) ?? null;
    },
    send: async (record, values) => {
      const result =
        decision === 'accept'
          ? await accept({ id: record.id, version: record.version })
          : await reject({ id: record.id, version: record.version, reason: values.reason.trim() || null });
      if (!result.data && decision === 'reject') setConfirming(false);
      return { ok: Boolean(result.data), error: result.error };
    },
    onSaved: onClose,
  });
  const { values, setValues, problem } = edit;
  const names = {
    name: transfer.member.fullName,
    from: transfer.fromOrganization.name,
    to: transfer.toOrganization.name,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setConfirming(true);
  }

  return (
    <Dialog
      title={decision === 'accept' ? t('acceptTitle', names) : t('rejectTitle', names)}
      onClose={onClose}
      testid={`transfer-${decision}-dialog`}
    >
      {problem.staleVersion ? (
        <ConflictNotice
          busy={edit.busy}
          onReload={() => void edit.reload()}
          onOverwrite={() => void edit.overwrite()}
        />
      ) : null}
      <ProblemBanner problem={problem} />
      {confirming ? (
        <ConfirmPanel
          message={decision === 'accept' ? t('acceptConfirm', names) : t('rejectConfirm', names)}
          busy={edit.busy}
          onConfirm={() => void edit.submit()}
          onCancel={decision === 'accept' ? onClose : () => setConfirming(false)}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <Field name="reason" label={t('rejectReason')} error={problem.fields.reason}>
            <textarea
              {...fieldProps('reason')}
              rows={3}
              value={values.reason}
              onChange={(e) => setValues({ reason: e.target.value })}
            />
          </Field>
          <FormButtons danger submitLabel={t('transferReject')} cancelLabel={t('cancel')} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
