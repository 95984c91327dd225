import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Field, fieldProps } from '../../shared/form';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
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
  const [, accept] = useMutation(AcceptTransferMutation);
  const [, reject] = useMutation(RejectTransferMutation);
  const edit = useVersionedEdit<TransferRow, { reason: string }>({
    record: transfer,
    toValues: () => ({ reason: '' }),
    knownFields: FIELDS,
    fetchLatest: useLatest(TransfersQuery, { statuses: null }, (d) => d.transfers.find((x) => x.id === transfer.id)),
    send: async (record, values) => {
      const result =
        decision === 'accept'
          ? await accept({ id: record.id, version: record.version })
          : await reject({ id: record.id, version: record.version, reason: values.reason.trim() || null });
      return result;
    },
    onSaved: onClose,
  });
  const { values, setValues, problem } = edit;
  const names = {
    name: transfer.member.fullName,
    from: transfer.fromOrganization.name,
    to: transfer.toOrganization.name,
  };

  return (
    <VersionedEditDialog
      edit={edit}
      title={decision === 'accept' ? t('acceptTitle', names) : t('rejectTitle', names)}
      testid={`transfer-${decision}-dialog`}
      onClose={onClose}
      danger
      submitLabel={t('transferReject')}
      confirm={decision === 'accept' ? t('acceptConfirm', names) : t('rejectConfirm', names)}
      confirmOnly={decision === 'accept'}
    >
      <Field name="reason" label={t('rejectReason')} error={problem.fields.reason}>
        <textarea
          {...fieldProps('reason')}
          rows={3}
          value={values.reason}
          onChange={(e) => setValues({ reason: e.target.value })}
        />
      </Field>
    </VersionedEditDialog>
  );
}
