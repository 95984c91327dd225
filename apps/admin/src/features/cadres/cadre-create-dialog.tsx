import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { EntityPicker } from '../../shared/entity-picker';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { Field } from '../../shared/form';
import { FormDialog } from '../../shared/form-dialog';
import { type MemberRef, memberChoices } from '../members/member-choices';
import { orgChoices } from '../organizations/org-choices';
import type { OrgRef } from '../organizations/organizations.documents';
import { CADRE_FIELDS, CadrePersonFields, type CadrePersonValues, EMPTY_CADRE_PERSON } from './cadre-person-fields';
import { CreateCadreMutation } from './cadres.documents';

type Kind = 'member' | 'person';

/**
 * Tạo hồ sơ cán bộ: from a member in scope (name, gender, birth date and
 * levels come from the member and follow its later edits), or for a person
 * who is not a member (a village head, say), kept by the caller's organisation.
 */
export function CadreCreateDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [kind, setKind] = useState<Kind>('member');
  const [member, setMember] = useState<MemberRef[]>([]);
  const [keeper, setKeeper] = useState<OrgRef[]>([]);
  const [person, setPerson] = useState<CadrePersonValues>(EMPTY_CADRE_PERSON);
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [{ fetching }, create] = useMutation(CreateCadreMutation);

  async function submit() {
    if (kind === 'member' && !member[0]) {
      setProblem({ ...NO_PROBLEM, fields: { memberId: t('cadreMemberRequired') } });
      return;
    }
    const home = person.homeCommuneCode.trim() ? { homeCommuneCode: person.homeCommuneCode.trim() } : {};
    const input =
      kind === 'member'
        ? { memberId: member[0].id, ...home }
        : {
            fullName: person.fullName.trim(),
            gender: person.gender,
            dateOfBirth: person.dateOfBirth || null,
            theoryLevel: person.theoryLevel,
            qualification: person.qualification,
            ...(keeper[0] ? { organizationId: keeper[0].id } : {}),
            ...home,
          };
    const result = await create({ input });
    if (result.data) onSaved(result.data.createCadre.id);
    else setProblem(readProblem(result.error, CADRE_FIELDS));
  }

  const choice = (value: Kind, testid: string, label: string) => (
    <label className="checkbox">
      <input
        type="radio"
        name="cadreKind"
        data-testid={testid}
        checked={kind === value}
        onChange={() => {
          setKind(value);
          setProblem(NO_PROBLEM);
        }}
      />
      {label}
    </label>
  );

  return (
    <FormDialog
      title={t('cadreCreateTitle')}
      testid="cadre-create-dialog"
      wide
      onClose={onClose}
      problem={problem}
      busy={fetching}
      submitLabel={t('cadreCreate')}
      onSubmit={() => void submit()}
    >
      <fieldset className="choice-row">
        <legend className="field-label">{t('cadreKind')}</legend>
        {choice('member', 'cadre-from-member', t('cadreFromMember'))}
        {choice('person', 'cadre-not-member', t('cadreNotMemberChoice'))}
      </fieldset>
      {kind === 'member' ? (
        <Field name="memberId" label={t('cadreMember')} error={problem.fields.memberId} hint={t('cadreMemberHint')}>
          <EntityPicker
            name="memberId"
            source={memberChoices(['PROBATIONARY', 'OFFICIAL'])}
            selected={member}
            onChange={setMember}
            placeholder={t('cadreMemberSearch')}
          />
        </Field>
      ) : user.scope === null ? (
        <Field name="organizationId" label={t('cadreKeeper')} error={problem.fields.organizationId}>
          <EntityPicker name="organizationId" source={orgChoices()} selected={keeper} onChange={setKeeper} />
        </Field>
      ) : null}
      <CadrePersonFields values={person} onChange={setPerson} errors={problem.fields} homeOnly={kind === 'member'} />
    </FormDialog>
  );
}
