import {
  EXEMPTION_GROUND_LABELS,
  EXEMPTION_GROUNDS,
  type ExemptionGround,
  MEMBER_EXIT_KIND_LABELS,
  MEMBER_EXIT_KINDS,
  type MemberExitKind,
  REMOVAL_GROUND_LABELS,
  REMOVAL_GROUNDS,
  type RemovalGround,
} from '@dangvu/schema';
import { useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { DateInput } from '../../shared/date-input';
import { EnumOptions } from '../../shared/enum-inputs';
import { placeRules } from '../../shared/errors';
import { EnumField, TextField } from '../../shared/fields';
import { Field, fieldProps } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
import {
  type MemberDetail,
  MemberQuery,
  RecogniseOfficialMutation,
  RecordMemberExitMutation,
  SetExemptionMutation,
} from './members.documents';

/** The decisions on a member that take a date and a decision number. */
export type DecisionKind = 'recognise' | 'exemption' | 'exit';

const FIELDS = ['on', 'decisionNumber', 'kind', 'ground', 'note'] as const;
type Values = { on: string; decisionNumber: string; kind: MemberExitKind; ground: string; note: string };

interface Props {
  decision: DecisionKind;
  member: MemberDetail;
  onClose: () => void;
}

/**
 * Công nhận chính thức, miễn / thôi miễn sinh hoạt, or leaving the roll
 * (xóa tên, từ trần, chuyển đi): the form, then a confirmation.
 */
export function MemberDecisionDialog({ decision, member, onClose }: Props) {
  const { t, l } = useI18n();
  const [, recognise] = useMutation(RecogniseOfficialMutation);
  const [, setExemption] = useMutation(SetExemptionMutation);
  const [, recordExit] = useMutation(RecordMemberExitMutation);
  /** Exemption toggles from the state the dialog opened on, also on overwrite. */
  const [exempt] = useState(!member.exempt);
  const edit = useVersionedEdit<MemberDetail, Values>({
    record: member,
    blank: () => ({
      on: todayIso(),
      decisionNumber: '',
      kind: 'REMOVED',
      ground: '',
      note: '',
    }),
    knownFields: FIELDS,
    fetchLatest: useLatest(MemberQuery, { id: member.id }, (d) => d.member),
    send: async (record, values) => {
      const common = {
        memberId: record.id,
        version: record.version,
        on: values.on,
        decisionNumber: values.decisionNumber.trim() || null,
      };
      let result: { data?: unknown; error?: CombinedError };
      if (decision === 'recognise') result = await recognise({ input: common });
      else if (decision === 'exemption')
        result = await setExemption({
          input: { ...common, exempt, ground: exempt ? (values.ground as ExemptionGround) || null : null },
        });
      else
        result = await recordExit({
          input: {
            ...common,
            kind: values.kind,
            ground: values.kind === 'REMOVED' ? (values.ground as RemovalGround) || null : null,
            note: values.note.trim() || null,
          },
        });
      return result;
    },
    onSaved: onClose,
  });
  const { values, setValues } = edit;
  const { problem, byField } = placeRules(edit.problem, { PROBATION_NOT_COMPLETE: 'on' });
  const set = (patch: Partial<Values>) => setValues({ ...values, ...patch });
  const name = member.fullName;
  const date = formatDate(values.on);

  const titles: Record<DecisionKind, string> = {
    recognise: t('recogniseTitle', { name }),
    exemption: exempt ? t('exemptionStartTitle', { name }) : t('exemptionEndTitle', { name }),
    exit: t('exitTitle', { name }),
  };
  const confirmations: Record<DecisionKind, string> = {
    recognise: t('recogniseConfirm', { name, date }),
    exemption: exempt ? t('exemptionStartConfirm', { name, date }) : t('exemptionEndConfirm', { name, date }),
    exit: t('exitConfirm', { kind: l(MEMBER_EXIT_KIND_LABELS, values.kind), name, date }),
  };
  const actionLabel: Record<DecisionKind, string> = {
    recognise: t('recognise'),
    exemption: exempt ? t('exemptionStart') : t('exemptionEnd'),
    exit: t('memberExit'),
  };
  const onLabel: Record<DecisionKind, string> = {
    recognise: t('recogniseOn'),
    exemption: t('exemptionOn'),
    exit: t('exitOn'),
  };

  return (
    <VersionedEditDialog
      edit={edit}
      problem={problem}
      title={titles[decision]}
      testid={`member-${decision}-dialog`}
      onClose={onClose}
      danger={decision === 'exit'}
      submitLabel={actionLabel[decision]}
      confirm={confirmations[decision]}
    >
      {decision === 'exit' ? (
        <EnumField
          name="kind"
          label={t('exitKind')}
          error={problem.fields.kind}
          values={MEMBER_EXIT_KINDS}
          labels={MEMBER_EXIT_KIND_LABELS}
          value={values.kind}
          onChange={(kind: MemberExitKind) => set({ kind })}
        />
      ) : null}
      {(decision === 'exit' && values.kind === 'REMOVED') || (decision === 'exemption' && exempt) ? (
        <Field name="ground" label={t('ground')} error={problem.fields.ground}>
          <select {...fieldProps('ground')} value={values.ground} onChange={(e) => set({ ground: e.target.value })}>
            <option value="" />
            {decision === 'exit' ? (
              <EnumOptions values={REMOVAL_GROUNDS} labels={REMOVAL_GROUND_LABELS} />
            ) : (
              <EnumOptions values={EXEMPTION_GROUNDS} labels={EXEMPTION_GROUND_LABELS} />
            )}
          </select>
        </Field>
      ) : null}
      <Field
        name="on"
        label={onLabel[decision]}
        error={problem.fields.on}
        rules={byField.on}
        hint={decision === 'recognise' ? t('recogniseHint', { date: formatDate(member.probationEndsOn) }) : undefined}
      >
        <DateInput name="on" value={values.on} onChange={(v) => set({ on: v })} />
      </Field>
      <TextField
        name="decisionNumber"
        label={t('decisionNumber')}
        error={problem.fields.decisionNumber}
        value={values.decisionNumber}
        onChange={(decisionNumber) => set({ decisionNumber })}
      />
      {decision === 'exit' ? (
        <Field name="note" label={t('note')} error={problem.fields.note}>
          <textarea
            {...fieldProps('note')}
            rows={2}
            value={values.note}
            onChange={(e) => set({ note: e.target.value })}
          />
        </Field>
      ) : null}
    </VersionedEditDialog>
  );
}
