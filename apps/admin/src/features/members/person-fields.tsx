import {
  GENDER_LABELS,
  GENDERS,
  type Gender,
  QUALIFICATION_LABELS,
  QUALIFICATIONS,
  type Qualification,
  THEORY_LEVEL_LABELS,
  THEORY_LEVELS,
  type TheoryLevel,
} from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { DateInput } from '../../shared/date-input';
import { EnumOptions } from '../../shared/enum-inputs';
import type { RuleViolation } from '../../shared/errors';
import { Field, fieldProps } from '../../shared/form';
import type { PersonInput } from './members.documents';

/** A person's data as a form holds it (empty strings for nothing). */
export interface PersonValues {
  fullName: string;
  gender: Gender;
  dateOfBirth: string;
  ethnicity: string;
  religion: string;
  hometown: string;
  generalEducation: string;
  qualification: Qualification;
  theoryLevel: TheoryLevel;
  cardNumber: string;
}

export const PERSON_FIELDS = [
  'fullName',
  'gender',
  'dateOfBirth',
  'ethnicity',
  'religion',
  'hometown',
  'generalEducation',
  'qualification',
  'theoryLevel',
  'cardNumber',
] as const;

export const EMPTY_PERSON: PersonValues = {
  fullName: '',
  gender: 'MALE',
  dateOfBirth: '',
  ethnicity: 'Kinh',
  religion: '',
  hometown: '',
  generalEducation: '12/12',
  qualification: 'NONE',
  theoryLevel: 'NONE',
  cardNumber: '',
};

const orNull = (s: string) => s.trim() || null;

export function toPersonInput(v: PersonValues): PersonInput {
  return {
    fullName: v.fullName.trim(),
    gender: v.gender,
    dateOfBirth: v.dateOfBirth,
    ethnicity: v.ethnicity.trim(),
    religion: orNull(v.religion),
    hometown: orNull(v.hometown),
    generalEducation: orNull(v.generalEducation),
    qualification: v.qualification,
    theoryLevel: v.theoryLevel,
    cardNumber: orNull(v.cardNumber),
  };
}

type Basic = 'fullName' | 'gender' | 'dateOfBirth' | 'ethnicity';

interface PersonFieldsProps<V extends Pick<PersonValues, Basic>> {
  values: V;
  onChange: (values: V) => void;
  errors: Record<string, string>;
  rules?: Record<string, RuleViolation[]>;
  /** Name, gender, birth date and ethnicity only (a candidate). */
  basicOnly?: boolean;
}

/** Name, gender, birth date, ethnicity, and unless `basicOnly` the rest of a member's personal data. */
export function PersonFields<V extends Pick<PersonValues, Basic>>(props: PersonFieldsProps<V>) {
  const { values, onChange, errors, rules = {}, basicOnly } = props;
  const { t } = useI18n();
  const set = (patch: Partial<PersonValues>) => onChange({ ...values, ...patch });
  const text = (name: Exclude<keyof PersonValues, 'gender' | 'qualification' | 'theoryLevel'>, type = 'text') => (
    <Field name={name} label={t(name)} error={errors[name]} rules={rules[name]}>
      {type === 'date' ? (
        <DateInput name={name} value={(values as unknown as PersonValues)[name]} onChange={(v) => set({ [name]: v })} />
      ) : (
        <input
          {...fieldProps(name)}
          value={(values as unknown as PersonValues)[name]}
          onChange={(e) => set({ [name]: e.target.value })}
        />
      )}
    </Field>
  );
  const full = values as unknown as PersonValues;
  return (
    <div className="form-grid">
      {text('fullName')}
      <Field name="gender" label={t('gender')} error={errors.gender}>
        <select
          {...fieldProps('gender')}
          value={values.gender}
          onChange={(e) => set({ gender: e.target.value as Gender })}
        >
          <EnumOptions values={GENDERS} labels={GENDER_LABELS} />
        </select>
      </Field>
      {text('dateOfBirth', 'date')}
      {text('ethnicity')}
      {basicOnly ? null : (
        <>
          {text('cardNumber')}
          {text('religion')}
          {text('hometown')}
          {text('generalEducation')}
          <Field name="qualification" label={t('qualification')} error={errors.qualification}>
            <select
              {...fieldProps('qualification')}
              value={full.qualification}
              onChange={(e) => set({ qualification: e.target.value as Qualification })}
            >
              <EnumOptions values={QUALIFICATIONS} labels={QUALIFICATION_LABELS} />
            </select>
          </Field>
          <Field name="theoryLevel" label={t('theoryLevel')} error={errors.theoryLevel}>
            <select
              {...fieldProps('theoryLevel')}
              value={full.theoryLevel}
              onChange={(e) => set({ theoryLevel: e.target.value as TheoryLevel })}
            >
              <EnumOptions values={THEORY_LEVELS} labels={THEORY_LEVEL_LABELS} />
            </select>
          </Field>
        </>
      )}
    </div>
  );
}
