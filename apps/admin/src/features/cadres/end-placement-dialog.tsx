import { POSITION_KIND_LABELS } from '@dangvu/schema';
import { type FormEvent, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { ConfirmPanel } from '../../shared/confirm-panel';
import { Dialog } from '../../shared/dialog';
import { placeRules } from '../../shared/errors';
import { ConflictNotice, Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { CadreQuery, EndPlacementMutation, type PlacementRow } from './cadres.documents';
import { PLACEMENT_RULE_FIELDS } from './placing';

interface Props {
  placement: PlacementRow;
  cadre: { id: string; fullName: string };
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Kết thúc bố trí: the day the post is left (the placement holds up to the
 * day before) and why, then a confirmation. A stale version offers reload or
 * overwrite; END_BEFORE_START shows beside the date.
 */
export function EndPlacementDialog({ placement, cadre, onClose, onSaved }: Props) {
  const { t, l } = useI18n();
  const client = useClient();
  const [confirming, setConfirming] = useState(false);
  const [, end] = useMutation(EndPlacementMutation);
  const edit = useVersionedEdit<PlacementRow, { endsOn: string; reason: string }>({
    record: placement,
    toValues: () => ({ endsOn: todayIso(), reason: '' }),
    knownFields: ['endsOn', 'reason'],
    fetchLatest: async () => {
      const r = await client.query(CadreQuery, { id: cadre.id }, { requestPolicy: 'network-only' }).toPromise();
      return r.data?.cadre?.placements.find((p) => p.id === placement.id) ?? null;
    },
    send: async (record, values) => {
      const result = await end({
        input: { id: record.id, version: record.version, endsOn: values.endsOn, reason: values.reason.trim() || null },
      });
      if (!result.data) setConfirming(false);
      return { ok: Boolean(result.data), error: result.error };
    },
    onSaved,
  });
  const { values, setValues } = edit;
  const { problem, byField } = placeRules(edit.problem, PLACEMENT_RULE_FIELDS);
  const post = l(POSITION_KIND_LABELS, placement.position);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (values.endsOn) setConfirming(true);
    else edit.setProblem({ ...edit.problem, fields: { endsOn: t('required') } });
  }

  return (
    <Dialog
      title={t('endPlacementTitle', { post, name: cadre.fullName })}
      onClose={onClose}
      testid="end-placement-dialog"
    >
      {problem.staleVersion ? (
        <ConflictNotice
          busy={edit.busy}
          onReload={() => void edit.reload()}
          onOverwrite={() => void edit.overwrite()}
        />
      ) : null}
      <ProblemBanner problem={problem} />
      <p className="muted small">
        {t('endPlacementHeld', {
          post,
          org: placement.organization.name,
          from: formatDate(placement.startsOn),
        })}
      </p>
      {confirming ? (
        <ConfirmPanel
          message={t('endPlacementConfirm', {
            name: cadre.fullName,
            post,
            org: placement.organization.name,
            date: formatDate(values.endsOn),
          })}
          busy={edit.busy}
          onConfirm={() => void edit.submit()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <Field
            name="endsOn"
            label={t('placementEndsOn')}
            error={problem.fields.endsOn}
            rules={byField.endsOn}
            hint={t('endsOnHint')}
          >
            <input
              {...fieldProps('endsOn')}
              type="date"
              value={values.endsOn}
              onChange={(e) => setValues({ ...values, endsOn: e.target.value })}
            />
          </Field>
          <Field name="reason" label={t('endReason')} error={problem.fields.reason}>
            <textarea
              {...fieldProps('reason')}
              rows={2}
              value={values.reason}
              onChange={(e) => setValues({ ...values, reason: e.target.value })}
            />
          </Field>
          <FormButtons danger submitLabel={t('endPlacement')} cancelLabel={t('cancel')} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
