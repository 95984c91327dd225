import { INSPECTION_KIND_LABELS, INSPECTION_KINDS, type InspectionKind } from '@dangvu/schema';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { type ApiProblem, NO_PROBLEM, placeRules, readProblem } from '../../shared/errors';
import { DateField, EnumField, TextField } from '../../shared/fields';
import { Field } from '../../shared/form';
import { FormDialog } from '../../shared/form-dialog';
import { todayIso } from '../../shared/format';
import { PlanInspectionMutation } from './inspections.documents';
import { type MemberRef, MembersPicker, type OrgRef, OrgsPicker } from './subject-pickers';

const FIELDS = [
  'kind',
  'title',
  'conductedById',
  'subjectOrganizationIds',
  'subjectMemberIds',
  'plannedStartOn',
  'plannedEndOn',
] as const;

/** The planning rules (inspection.rules.ts), each beside the field it concerns. */
const PLAN_RULE_FIELDS: Record<string, string> = {
  SUBJECT_REQUIRED: 'subjectOrganizationIds',
  SUBJECT_OWN_ORGANIZATION: 'subjectOrganizationIds',
  PLANNED_END_BEFORE_START: 'plannedEndOn',
};

/**
 * Lập kế hoạch kiểm tra, giám sát: a kind, a title, the subjects (organisations
 * and members, searched only in the caller's scope; a commune inspection
 * committee is not offered its own organisation) and the planned period. The
 * conducting body is the caller's scope organisation (ADMIN chooses one).
 */
export function PlanDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [conductor, setConductor] = useState<OrgRef[]>(user.scope ? [user.scope] : []);
  const [orgs, setOrgs] = useState<OrgRef[]>([]);
  const [members, setMembers] = useState<MemberRef[]>([]);
  const [values, setValues] = useState({
    kind: 'REGULAR_SUPERVISION' as InspectionKind,
    title: '',
    plannedStartOn: todayIso(),
    plannedEndOn: todayIso(),
  });
  const [raw, setRaw] = useState<ApiProblem>(NO_PROBLEM);
  const [{ fetching }, plan] = useMutation(PlanInspectionMutation);
  const { problem, byField } = placeRules(raw, PLAN_RULE_FIELDS);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const own = user.role === 'COMMUNE_INSPECTOR' && user.scope ? [user.scope.id] : [];

  async function submit() {
    const missing: Record<string, string> = {};
    if (!values.title.trim()) missing.title = t('required');
    if (!conductor[0]) missing.conductedById = t('required');
    if (!values.plannedStartOn) missing.plannedStartOn = t('required');
    if (!values.plannedEndOn) missing.plannedEndOn = t('required');
    if (Object.keys(missing).length > 0 || !conductor[0]) {
      setRaw({ ...NO_PROBLEM, fields: missing });
      return;
    }
    const result = await plan({
      input: {
        kind: values.kind,
        title: values.title.trim(),
        conductedById: conductor[0].id,
        subjectOrganizationIds: orgs.map((o) => o.id),
        subjectMemberIds: members.map((m) => m.id),
        plannedStartOn: values.plannedStartOn,
        plannedEndOn: values.plannedEndOn,
      },
    });
    if (result.data) onSaved(result.data.planInspection.id);
    else setRaw(readProblem(result.error, FIELDS));
  }

  return (
    <FormDialog
      title={t('planDialogTitle')}
      testid="plan-dialog"
      wide
      onClose={onClose}
      problem={problem}
      busy={fetching}
      submitLabel={t('planSubmit')}
      onSubmit={() => void submit()}
    >
      <div className="form-grid">
        <EnumField
          name="kind"
          label={t('inspectionKind')}
          error={problem.fields.kind}
          value={values.kind}
          values={INSPECTION_KINDS}
          labels={INSPECTION_KIND_LABELS}
          onChange={(kind) => set({ kind })}
        />
        <Field name="conductedById" label={t('inspectionConductedBy')} error={problem.fields.conductedById}>
          {user.scope ? (
            <p className="picked-fixed" data-testid="plan-conductor">
              {t('inspectionBodyOf', { name: user.scope.name })}
            </p>
          ) : (
            <OrgsPicker name="conductedById" selected={conductor} onChange={setConductor} />
          )}
        </Field>
      </div>
      <TextField
        name="title"
        label={t('inspectionTitle')}
        error={problem.fields.title}
        value={values.title}
        maxLength={300}
        onChange={(title) => set({ title })}
      />
      <Field
        name="subjectOrganizationIds"
        label={t('inspectionSubjectOrgs')}
        error={problem.fields.subjectOrganizationIds}
        rules={byField.subjectOrganizationIds}
        hint={user.role === 'COMMUNE_INSPECTOR' ? t('planSubjectsHintCommune') : t('planSubjectsHint')}
      >
        <OrgsPicker name="subjectOrganizationIds" multiple selected={orgs} onChange={setOrgs} excludeIds={own} />
      </Field>
      <Field name="subjectMemberIds" label={t('inspectionSubjectMembers')} error={problem.fields.subjectMemberIds}>
        <MembersPicker
          name="subjectMemberIds"
          max={200}
          selected={members}
          onChange={setMembers}
          placeholder={t('planSubjectMemberHint')}
        />
      </Field>
      <div className="form-grid">
        <DateField
          name="plannedStartOn"
          label={t('inspectionPlannedStart')}
          error={problem.fields.plannedStartOn}
          value={values.plannedStartOn}
          onChange={(plannedStartOn) => set({ plannedStartOn })}
        />
        <DateField
          name="plannedEndOn"
          label={t('inspectionPlannedEnd')}
          error={problem.fields.plannedEndOn}
          rules={byField.plannedEndOn}
          value={values.plannedEndOn}
          onChange={(plannedEndOn) => set({ plannedEndOn })}
        />
      </div>
    </FormDialog>
  );
}
