import { POSITION_KIND_LABELS } from '@dangvu/schema';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { placeRules } from '../../shared/errors';
import { Field, fieldProps } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
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
  const [, end] = useMutation(EndPlacementMutation);
  const edit = useVersionedEdit<PlacementRow, { endsOn: string; reason: string }>({
    record: placement,
    toValues: () => ({ endsOn: todayIso(), reason: '' }),
    knownFields: ['endsOn', 'reason'],
    fetchLatest: useLatest(CadreQuery, { id: cadre.id }, (d) => d.cadre?.placements.find((p) => p.id === placement.id)),
    send: async (record, values) => {
      return end({
        input: { id: record.id, version: record.version, endsOn: values.endsOn, reason: values.reason.trim() || null },
      });
    },
    onSaved,
  });
  const { values, setValues } = edit;
  const { problem, byField } = placeRules(edit.problem, PLACEMENT_RULE_FIELDS);
  const post = l(POSITION_KIND_LABELS, placement.position);

  /** A day is needed before the confirmation. */
  function check() {
    if (!values.endsOn) edit.setProblem({ ...edit.problem, fields: { endsOn: t('required') } });
    return Boolean(values.endsOn);
  }

  return (
    <VersionedEditDialog
      edit={edit}
      problem={problem}
      title={t('endPlacementTitle', { post, name: cadre.fullName })}
      testid="end-placement-dialog"
      onClose={onClose}
      danger
      submitLabel={t('endPlacement')}
      check={check}
      intro={
        <p className="muted small">
          {t('endPlacementHeld', { post, org: placement.organization.name, from: formatDate(placement.startsOn) })}
        </p>
      }
      confirm={t('endPlacementConfirm', {
        name: cadre.fullName,
        post,
        org: placement.organization.name,
        date: formatDate(values.endsOn),
      })}
    >
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
    </VersionedEditDialog>
  );
}
