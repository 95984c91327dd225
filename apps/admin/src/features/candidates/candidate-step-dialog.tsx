import type { CandidateStage } from '@dangvu/schema';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { EntityPicker } from '../../shared/entity-picker';
import { placeRules } from '../../shared/errors';
import { Field, fieldProps } from '../../shared/form';
import { todayIso } from '../../shared/format';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
import { type MemberRef, memberChoices } from '../members/member-choices';
import {
  AdvanceCandidateMutation,
  type CandidateCard,
  type CandidateDetail,
  CandidateQuery,
} from './candidates.documents';

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
  const edit = useVersionedEdit<CandidateCard, Values>({
    record: candidate,
    toValues: (c) => ({
      awarenessCourseOn: c.awarenessCourseOn ?? (to === 'TRAINED' ? todayIso() : ''),
      sponsors: 'sponsors' in c ? (c as CandidateDetail).sponsors : [],
      note: '',
    }),
    knownFields: FIELDS,
    fetchLatest: useLatest(CandidateQuery, { id: candidate.id }, (d) => d.candidate),
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
      return result;
    },
    onSaved: onDone,
  });
  const { values, setValues } = edit;
  const { problem, byField } = placeRules(edit.problem, RULE_FIELDS);
  const name = candidate.fullName;

  return (
    <VersionedEditDialog
      edit={edit}
      problem={problem}
      title={t(`stepTitle_${to}`, { name })}
      testid="candidate-step-dialog"
      onClose={onClose}
      danger={to === 'REJECTED'}
      submitLabel={to === 'REJECTED' ? t('candidateReject') : t('save')}
      confirm={
        to === 'VERIFIED' || to === 'REJECTED'
          ? t(to === 'VERIFIED' ? 'stepConfirm_VERIFIED' : 'stepConfirm_REJECTED', { name })
          : undefined
      }
      confirmOnly={confirmOnly}
    >
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
    </VersionedEditDialog>
  );
}
