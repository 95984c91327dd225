import { type FormEvent, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { ConfirmPanel } from '../../shared/confirm-panel';
import { DateInput } from '../../shared/date-input';
import { Dialog } from '../../shared/dialog';
import { ConflictNotice, Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { DissolveOrganizationMutation, OrganizationQuery, type OrgDetail } from './organizations.documents';

const FIELDS = ['on', 'decisionNumber'] as const;
type Values = { on: string; decisionNumber: string };

/** Giải thể: date and decision, then a confirmation. */
export function OrgDissolveDialog({ org, onClose }: { org: OrgDetail; onClose: () => void }) {
  const { t } = useI18n();
  const client = useClient();
  const [, dissolve] = useMutation(DissolveOrganizationMutation);
  const [confirming, setConfirming] = useState(false);
  const [initialValues] = useState<Values>(() => ({ on: todayIso(), decisionNumber: '' }));
  const edit = useVersionedEdit<OrgDetail, Values>({
    record: org,
    toValues: () => initialValues,
    knownFields: FIELDS,
    fetchLatest: async () => {
      const result = await client
        .query(OrganizationQuery, { id: org.id }, { requestPolicy: 'network-only' })
        .toPromise();
      return result.data?.organization ?? null;
    },
    send: async (record, values) => {
      const input = {
        id: record.id,
        version: record.version,
        on: values.on,
        decisionNumber: values.decisionNumber.trim() || null,
      };
      const result = await dissolve({ input });
      if (!result.data) setConfirming(false);
      return { ok: Boolean(result.data), error: result.error };
    },
    onSaved: onClose,
  });
  const { values, setValues, problem } = edit;

  function submit(event: FormEvent) {
    event.preventDefault();
    setConfirming(true);
  }

  return (
    <Dialog title={t('dissolveTitle', { name: org.name })} onClose={onClose} testid="org-dissolve-dialog">
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
          message={t('dissolveConfirm', { name: org.name, date: formatDate(values.on) })}
          busy={edit.busy}
          onConfirm={() => void edit.submit()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <Field name="on" label={t('dissolveOn')} error={problem.fields.on}>
            <DateInput name="on" value={values.on} onChange={(v) => setValues({ ...values, on: v })} />
          </Field>
          <Field name="decisionNumber" label={t('decisionNumber')} error={problem.fields.decisionNumber}>
            <input
              {...fieldProps('decisionNumber')}
              value={values.decisionNumber}
              onChange={(e) => setValues({ ...values, decisionNumber: e.target.value })}
            />
          </Field>
          <FormButtons danger submitLabel={t('dissolve')} cancelLabel={t('cancel')} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
