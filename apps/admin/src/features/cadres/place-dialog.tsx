import {
  PLACEMENT_MODE_LABELS,
  PLACEMENT_MODES,
  type PlacementMode,
  POSITION_KIND_LABELS,
  POSITION_KINDS,
  type PositionKind,
} from '@dangvu/schema';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { EntityPicker } from '../../shared/entity-picker';
import { type ApiProblem, NO_PROBLEM, placeRules, readProblem } from '../../shared/errors';
import { DateField, EnumField, TextField } from '../../shared/fields';
import { Field } from '../../shared/form';
import { FormDialog } from '../../shared/form-dialog';
import { todayIso } from '../../shared/format';
import { orgChoices } from '../organizations/org-choices';
import type { OrgRef } from '../organizations/organizations.documents';
import { type CadreRef, cadreChoices } from './cadre-choices';
import { PlaceCadreMutation } from './cadres.documents';
import { leadershipPath } from './cadres-search';
import { PLACEMENT_RULE_FIELDS, placeableChoices } from './placing';

const FIELDS = ['cadreId', 'organizationId', 'position', 'mode', 'startsOn', 'decisionNumber'] as const;

interface PlaceDialogProps {
  /** The cadre placed (from the profile); chosen in the dialog when absent. */
  cadre?: CadreRef;
  /** The organisation (from its leadership tab); chosen in the dialog when absent. */
  organization?: OrgRef;
  position?: PositionKind;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Bố trí cán bộ: a cadre in a post at an organisation the role may place at,
 * by a mode, from a day, under a decision. Each party rule that forbids it
 * (SEAT_OCCUPIED, OFFICIAL_MEMBER_REQUIRED, …) shows beside its field.
 */
export function PlaceDialog({ cadre, organization, position, onClose, onSaved }: PlaceDialogProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const [who, setWho] = useState<CadreRef | null>(cadre ?? null);
  const [where, setWhere] = useState<OrgRef[]>(organization ? [organization] : []);
  const [values, setValues] = useState({
    position: position ?? ('SECRETARY' as PositionKind),
    mode: 'ELECTED' as PlacementMode,
    startsOn: todayIso(),
    decisionNumber: '',
  });
  const [raw, setRaw] = useState<ApiProblem>(NO_PROBLEM);
  const [{ fetching }, place] = useMutation(PlaceCadreMutation);
  const { problem, byField } = placeRules(raw, PLACEMENT_RULE_FIELDS);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const choices = placeableChoices(user);

  async function submit() {
    const missing: Record<string, string> = {};
    if (!who) missing.cadreId = t('required');
    if (!where[0]) missing.organizationId = t('required');
    if (!values.startsOn) missing.startsOn = t('required');
    if (!who || !where[0] || !values.startsOn) {
      setRaw({ ...NO_PROBLEM, fields: missing });
      return;
    }
    const result = await place({
      input: {
        cadreId: who.id,
        organizationId: where[0].id,
        position: values.position,
        mode: values.mode,
        startsOn: values.startsOn,
        decisionNumber: values.decisionNumber.trim() || null,
      },
    });
    if (result.data) onSaved();
    else setRaw(readProblem(result.error, FIELDS));
  }

  return (
    <FormDialog
      title={cadre ? t('placeTitle', { name: cadre.fullName }) : t('placeAtTitle', { name: organization?.name ?? '' })}
      onClose={onClose}
      testid="place-dialog"
      wide
      problem={problem}
      busy={fetching}
      submitLabel={t('place')}
      onSubmit={() => void submit()}
    >
      {cadre ? null : (
        <Field name="cadreId" label={t('cadre')} error={problem.fields.cadreId}>
          <EntityPicker
            name="cadreId"
            source={cadreChoices}
            selected={who ? [who] : []}
            onChange={(chosen) => setWho(chosen[0] ?? null)}
          />
        </Field>
      )}
      <Field
        name="organizationId"
        label={t('placeOrganization')}
        error={problem.fields.organizationId}
        rules={byField.organizationId}
        hint={t('placeOrganizationHint')}
      >
        {organization ? (
          <p className="picked-fixed" data-testid={`picked-organizationId-${organization.code}`}>
            {organization.name} <span className="mono muted">{organization.code}</span>
          </p>
        ) : (
          <EntityPicker
            name="organizationId"
            source={orgChoices(choices.kinds)}
            selected={where}
            onChange={setWhere}
            excludeIds={choices.excludeIds}
          />
        )}
      </Field>
      <div className="form-grid">
        <EnumField
          name="position"
          label={t('position')}
          error={problem.fields.position}
          rules={byField.position}
          values={POSITION_KINDS}
          labels={POSITION_KIND_LABELS}
          value={values.position}
          onChange={(position: PositionKind) => set({ position })}
        />
        <EnumField
          name="mode"
          label={t('placementMode')}
          error={problem.fields.mode}
          values={PLACEMENT_MODES}
          labels={PLACEMENT_MODE_LABELS}
          value={values.mode}
          onChange={(mode: PlacementMode) => set({ mode })}
        />
        <DateField
          name="startsOn"
          label={t('placementStartsOn')}
          error={problem.fields.startsOn}
          rules={byField.startsOn}
          value={values.startsOn}
          onChange={(startsOn) => set({ startsOn })}
        />
        <TextField
          name="decisionNumber"
          label={t('decisionNumber')}
          error={problem.fields.decisionNumber}
          value={values.decisionNumber}
          onChange={(decisionNumber) => set({ decisionNumber })}
        />
      </div>
      {where[0] && byField.position?.some((r) => r.rule === 'SEAT_OCCUPIED') ? (
        <p className="small">
          <Link to={leadershipPath(where[0].id)} data-testid="place-open-leadership">
            {t('placeOpenLeadership', { name: where[0].name })}
          </Link>
        </p>
      ) : null}
    </FormDialog>
  );
}
