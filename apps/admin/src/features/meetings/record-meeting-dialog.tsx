import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '@dangvu/schema';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { EntityPicker } from '../../shared/entity-picker';
import { NO_PROBLEM, placeRules } from '../../shared/errors';
import { DateField, EnumField, TextField } from '../../shared/fields';
import { Field, fieldProps } from '../../shared/form';
import { FormDialog } from '../../shared/form-dialog';
import { formatDate, todayIso } from '../../shared/format';
import { useStep } from '../../shared/use-step';
import { type CadreRef, cadreChoices } from '../cadres/cadre-choices';
import { CellRollQuery, RecordMeetingMutation } from './meetings.documents';

const FIELDS = ['kind', 'heldOn', 'topic', 'attendees', 'absentees', 'supervisingCadreId', 'absences'] as const;
/** Where each party rule shows: beside the field it is about. */
const RULE_FIELDS: Record<string, string> = {
  MEETING_BEFORE_ESTABLISHED: 'heldOn',
  ABSENCES_EXCEED_ABSENTEES: 'absentees',
  ABSENCE_DUPLICATE: 'absences',
  ABSENTEE_NOT_IN_CELL: 'absences',
};

type Presence = 'present' | 'excused' | 'unexcused';

interface Props {
  cell: { id: string; name: string };
  onClose: () => void;
  onSaved: () => void;
}

/** Ghi biên bản sinh hoạt chi bộ: the kind, the day, the topic, who was absent (with or without reason), who attended from above. */
export function RecordMeetingDialog({ cell, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [{ data: roll }] = useQuery({ query: CellRollQuery, variables: { id: cell.id } });
  const members = roll?.members.edges.map((e) => e.node) ?? [];
  const [values, setValues] = useState({ kind: 'REGULAR' as MeetingKind, heldOn: todayIso(), topic: '' });
  const [presence, setPresence] = useState<Record<string, Presence>>({});
  const absent = members.filter((m) => (presence[m.id] ?? 'present') !== 'present');
  const [counts, setCounts] = useState<{ attendees: string; absentees: string } | null>(null);
  const shown = counts ?? { attendees: String(members.length - absent.length), absentees: String(absent.length) };
  const [cadre, setCadre] = useState<CadreRef[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [, record] = useMutation(RecordMeetingMutation);
  const step = useStep(FIELDS);
  const { problem, byField } = placeRules(step.problem, RULE_FIELDS);

  function mark(id: string, p: Presence) {
    setPresence({ ...presence, [id]: p });
    setCounts(null);
  }

  async function submit() {
    const attendees = Number(shown.attendees);
    const absentees = Number(shown.absentees);
    const missing: Record<string, string> = {};
    if (!values.heldOn) missing.heldOn = t('required');
    if (shown.attendees === '' || !Number.isInteger(attendees)) missing.attendees = t('required');
    if (shown.absentees === '' || !Number.isInteger(absentees)) missing.absentees = t('required');
    if (Object.keys(missing).length) return step.setProblem({ ...NO_PROBLEM, fields: missing });
    const input = {
      organizationId: cell.id,
      kind: values.kind,
      heldOn: values.heldOn,
      topic: values.topic.trim() || null,
      attendees,
      absentees,
      supervisingCadreId: cadre[0]?.id ?? null,
      absences: absent.map((m) => ({ memberId: m.id, excused: presence[m.id] === 'excused' })),
    };
    await step.run(
      () => record({ input }),
      () => {
        setDone(t('meetingRecorded', { date: formatDate(values.heldOn) }));
        onSaved();
      },
    );
  }

  return (
    <FormDialog
      title={t('meetingRecordTitle', { name: cell.name })}
      testid="record-meeting-dialog"
      wide
      onClose={onClose}
      problem={problem}
      busy={step.busy}
      submitLabel={t('meetingSave')}
      onSubmit={() => void submit()}
      done={done}
    >
      <div className="form-grid">
        <EnumField
          name="kind"
          label={t('meetingKind')}
          value={values.kind}
          values={MEETING_KINDS}
          labels={MEETING_KIND_LABELS}
          error={problem.fields.kind}
          onChange={(kind) => setValues({ ...values, kind })}
        />
        <DateField
          name="heldOn"
          label={t('meetingHeldOn')}
          value={values.heldOn}
          error={problem.fields.heldOn}
          rules={byField.heldOn}
          onChange={(heldOn) => setValues({ ...values, heldOn })}
        />
      </div>
      <TextField
        name="topic"
        label={t('meetingTopic')}
        value={values.topic}
        maxLength={500}
        error={problem.fields.topic}
        onChange={(topic) => setValues({ ...values, topic })}
      />
      <Field
        name="absences"
        label={t('meetingAbsencesLabel')}
        hint={t('meetingAbsencesHint')}
        error={problem.fields.absences}
        rules={byField.absences}
      >
        <ul className="meeting-roll" data-testid="meeting-roll">
          {members.map((m) => (
            <li key={m.id}>
              <span>{m.fullName}</span>
              <select
                aria-label={m.fullName}
                data-testid={`presence-${m.id}`}
                value={presence[m.id] ?? 'present'}
                onChange={(e) => mark(m.id, e.target.value as Presence)}
              >
                <option value="present">{t('meetingPresent')}</option>
                <option value="excused">{t('meetingAbsentExcused')}</option>
                <option value="unexcused">{t('meetingAbsentUnexcused')}</option>
              </select>
            </li>
          ))}
        </ul>
      </Field>
      <div className="form-grid">
        {(['attendees', 'absentees'] as const).map((k) => (
          <Field
            key={k}
            name={k}
            label={t(k === 'attendees' ? 'meetingAttendees' : 'meetingAbsenteesCount')}
            error={problem.fields[k]}
            rules={byField[k]}
          >
            <input
              {...fieldProps(k)}
              type="number"
              min={0}
              value={shown[k]}
              onChange={(e) => setCounts({ ...shown, [k]: e.target.value })}
            />
          </Field>
        ))}
      </div>
      <Field name="supervisingCadreId" label={t('meetingSupervisor')} error={problem.fields.supervisingCadreId}>
        <EntityPicker name="supervisingCadreId" source={cadreChoices} selected={cadre} onChange={setCadre} />
      </Field>
    </FormDialog>
  );
}
