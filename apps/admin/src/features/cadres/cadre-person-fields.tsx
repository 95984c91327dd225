import {
  GENDER_LABELS,
  GENDERS,
  type Gender,
  type Labels,
  QUALIFICATION_LABELS,
  QUALIFICATIONS,
  type Qualification,
  THEORY_LEVEL_LABELS,
  THEORY_LEVELS,
  type TheoryLevel,
} from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { EnumOptions } from '../../shared/enum-inputs';
import { Field, fieldProps } from '../../shared/form';

/** A non-member cadre's own data, and everyone's home commune (by its code), as a form holds them. */
export interface CadrePersonValues {
  fullName: string;
  gender: Gender;
  dateOfBirth: string;
  theoryLevel: TheoryLevel;
  qualification: Qualification;
  homeCommuneCode: string;
}

export const EMPTY_CADRE_PERSON: CadrePersonValues = {
  fullName: '',
  gender: 'MALE',
  dateOfBirth: '',
  theoryLevel: 'NONE',
  qualification: 'NONE',
  homeCommuneCode: '',
};

export const CADRE_FIELDS = [
  'memberId',
  'organizationId',
  'fullName',
  'gender',
  'dateOfBirth',
  'theoryLevel',
  'qualification',
  'homeCommuneCode',
  'homeCommuneId',
] as const;

interface Props {
  values: CadrePersonValues;
  onChange: (values: CadrePersonValues) => void;
  errors: Record<string, string>;
  /** A member's name, gender, birth date and levels come from the member: only the home commune is asked. */
  homeOnly?: boolean;
}

/** Name, gender, birth date, theory level and qualification (non-members), and the home commune's code. */
export function CadrePersonFields({ values, onChange, errors, homeOnly }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<CadrePersonValues>) => onChange({ ...values, ...patch });
  /** A select over an enum's values, labelled in the UI language. */
  function choose<K extends 'gender' | 'theoryLevel' | 'qualification'>(
    name: K,
    options: readonly CadrePersonValues[K][],
    labels: Labels<CadrePersonValues[K]>,
  ) {
    return (
      <Field name={name} label={t(name)} error={errors[name]}>
        <select {...fieldProps(name)} value={values[name]} onChange={(e) => set({ [name]: e.target.value })}>
          <EnumOptions values={options} labels={labels} />
        </select>
      </Field>
    );
  }
  const home = (
    <Field
      name="homeCommuneCode"
      label={t('cadreHomeCommuneCode')}
      error={errors.homeCommuneCode ?? errors.homeCommuneId}
      hint={t('cadreHomeCommuneHint')}
    >
      <input
        {...fieldProps('homeCommuneCode')}
        className="mono"
        autoComplete="off"
        value={values.homeCommuneCode}
        onChange={(e) => set({ homeCommuneCode: e.target.value })}
      />
    </Field>
  );
  if (homeOnly) return <div className="form-grid">{home}</div>;
  return (
    <div className="form-grid">
      <Field name="fullName" label={t('fullName')} error={errors.fullName}>
        <input
          {...fieldProps('fullName')}
          value={values.fullName}
          onChange={(e) => set({ fullName: e.target.value })}
        />
      </Field>
      {choose('gender', GENDERS, GENDER_LABELS)}
      <Field name="dateOfBirth" label={t('dateOfBirth')} error={errors.dateOfBirth}>
        <input
          {...fieldProps('dateOfBirth')}
          type="date"
          value={values.dateOfBirth}
          onChange={(e) => set({ dateOfBirth: e.target.value })}
        />
      </Field>
      {choose('theoryLevel', THEORY_LEVELS, THEORY_LEVEL_LABELS)}
      {choose('qualification', QUALIFICATIONS, QUALIFICATION_LABELS)}
      {home}
    </div>
  );
}
