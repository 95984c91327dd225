import type { CandidateStage } from '@dangvu/schema';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { ConfirmPanel } from '../../shared/confirm-panel';
import { Dialog } from '../../shared/dialog';
import { EntityPicker } from '../../shared/entity-picker';
import { placeRules } from '../../shared/errors';
import { ConflictNotice, Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { todayIso } from '../../shared/format';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { type MemberRef, memberChoices } from '../members/member-choices';
import { AdvanceCandidateMutation, type CandidateCard, type CandidateDetail } from './candidates.documents';
import { useLatestCandidate } from './use-latest-candidate';

/** The stages a candidate is moved to with advanceCandidate. */
export type StepTo = Extract<CandidateStage, 'TRAINED' | 'APPLIED' | 'VERIFIED' | 'REJECTED'>;

const FIELDS = ['awarenessCourseOn', 'sponsorIds', 'note'] as const;
type Values = { awarenessCourseOn: string; sponsors: MemberRef[]; note: string };

const RULE_FIELDS: Record<string, string> = {
  AWARENESS_COURSE_REQUIRED: 'awarenessCourseOn',
  SPONSORS_REQUIRED: 'sponsorIds',
};

interface Props {
  candidate: CandidateCard;
  to: StepTo;
  onClose: () => void;
  onDone: () => void;
}

/**
 * One step of the pipeline: TRAINED asks the awareness course date, APPLIED
 * two official sponsors, VERIFIED only a confirmation, REJECTED a reason and
 * a confirmation. The party rules come back from the api beside their field.
 */
export function CandidateStepDialog({ candidate, to, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [, advance] = useMutation(AdvanceCandidateMutation);
  const confirmOnly = to === 'VERIFIED';
  const [confirming, setConfirming] = useState(confirmOnly);
  const edit = useVersionedEdit<CandidateCard, Values>({
    record: candidate,
    toValues: (c) => ({
      awarenessCourseOn: c.awarenessCourseOn ?? (to === 'TRAINED' ? todayIso() : ''),
      sponsors: 'sponsors' in c ? (c as CandidateDetail).sponsors : [],
      note: '',
    }),
    knownFields: FIELDS,
    fetchLatest: useLatestCandidate(candidate.id),
    send: async (record, values) => {
      const result = await advance({
        input: {
          id: record.id,
          version: record.version,
          to,
          awarenessCourseOn: to === 'TRAINED' ? values.awarenessCourseOn || null : undefined,
          sponsorIds: to === 'APPLIED' ? values.sponsors.map((s) => s.id) : undefined,
          note: values.note.trim() || null,
        },
      });
      if (!result.data && !confirmOnly) setConfirming(false);
      return { ok: Boolean(result.data), error: result.error };
    },
    onSaved: onDone,
  });
  const { values, setValues } = edit;
  const { problem, byField } = placeRules(edit.problem, RULE_FIELDS);
  const name = candidate.fullName;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (to === 'REJECTED') setConfirming(true);
    else void edit.submit();
  }

  return (
    <Dialog title={t(`stepTitle_${to}`, { name })} onClose={onClose} testid={`candidate-step-dialog`}>
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
          message={t(to === 'VERIFIED' ? 'stepConfirm_VERIFIED' : 'stepConfirm_REJECTED', { name })}
          busy={edit.busy}
          onConfirm={() => void edit.submit()}
          onCancel={confirmOnly ? onClose : () => setConfirming(false)}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          {to === 'TRAINED' ? (
            <Field
              name="awarenessCourseOn"
              label={t('awarenessCourseOn')}
              error={problem.fields.awarenessCourseOn}
              rules={byField.awarenessCourseOn}
            >
              <input
                {...fieldProps('awarenessCourseOn')}
                type="date"
                value={values.awarenessCourseOn}
                onChange={(e) => setValues({ ...values, awarenessCourseOn: e.target.value })}
              />
            </Field>
          ) : null}
          {to === 'APPLIED' ? (
            <Field name="sponsorIds" label={t('sponsors')} error={problem.fields.sponsorIds} rules={byField.sponsorIds}>
              <EntityPicker
                name="sponsorIds"
                source={memberChoices(['OFFICIAL'])}
                selected={values.sponsors}
                onChange={(sponsors) => setValues({ ...values, sponsors })}
                max={2}
              />
            </Field>
          ) : null}
          <Field name="note" label={to === 'REJECTED' ? t('rejectNote') : t('note')} error={problem.fields.note}>
            <textarea
              {...fieldProps('note')}
              rows={2}
              value={values.note}
              onChange={(e) => setValues({ ...values, note: e.target.value })}
            />
          </Field>
          <FormButtons
            busy={edit.busy}
            danger={to === 'REJECTED'}
            submitLabel={to === 'REJECTED' ? t('candidateReject') : t('save')}
            cancelLabel={t('cancel')}
            onCancel={onClose}
          />
        </form>
      )}
    </Dialog>
  );
}
