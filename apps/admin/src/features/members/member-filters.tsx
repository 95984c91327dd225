import {
  GENDER_LABELS,
  GENDERS,
  MEMBER_STATUS_LABELS,
  MEMBER_STATUSES,
  THEORY_LEVEL_LABELS,
  THEORY_LEVELS,
} from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { DateInput } from '../../shared/date-input';
import { CheckboxGroup } from '../../shared/enum-inputs';
import { SearchFilter } from '../../shared/filters';
import { fieldProps } from '../../shared/form';
import { WithinFilter } from '../organizations/org-choices';
import type { FilterForm } from './members-filter';

interface MemberFiltersProps {
  form: FilterForm;
  onChange: (form: FilterForm) => void;
  onClear: () => void;
}

/** Search as you type, subtree, statuses, genders, ethnicities, theory levels and date ranges. */
export function MemberFilters({ form, onChange, onClear }: MemberFiltersProps) {
  const { t } = useI18n();
  const set = (patch: Partial<FilterForm>) => onChange({ ...form, ...patch });
  const date = (name: 'admittedFrom' | 'admittedTo' | 'bornFrom' | 'bornTo') => (
    <label>
      {t(name)}
      <DateInput name={name} value={form[name]} onChange={(v) => set({ [name]: v })} />
    </label>
  );
  return (
    <div className="filters member-filters">
      <div className="filters-row">
        <SearchFilter
          testid="members-search"
          label={t('membersSearch')}
          value={form.search}
          onChange={(search) => set({ search })}
        />
        <WithinFilter selected={form.within} onChange={(within) => set({ within })} />
        <label>
          {t('ethnicities')}
          <input
            {...fieldProps('ethnicities')}
            placeholder={t('ethnicitiesHint')}
            value={form.ethnicities}
            onChange={(e) => set({ ethnicities: e.target.value })}
          />
        </label>
      </div>
      <div className="filters-row">
        <fieldset className="filter-group">
          <legend className="field-label">{t('memberStatuses')}</legend>
          <CheckboxGroup
            name="statuses"
            values={MEMBER_STATUSES}
            labels={MEMBER_STATUS_LABELS}
            selected={form.statuses}
            onChange={(statuses) => set({ statuses })}
          />
        </fieldset>
        <fieldset className="filter-group">
          <legend className="field-label">{t('genders')}</legend>
          <CheckboxGroup
            name="genders"
            values={GENDERS}
            labels={GENDER_LABELS}
            selected={form.genders}
            onChange={(genders) => set({ genders })}
          />
        </fieldset>
        <fieldset className="filter-group">
          <legend className="field-label">{t('theoryLevels')}</legend>
          <CheckboxGroup
            name="theoryLevels"
            values={THEORY_LEVELS}
            labels={THEORY_LEVEL_LABELS}
            selected={form.theoryLevels}
            onChange={(theoryLevels) => set({ theoryLevels })}
          />
        </fieldset>
        <div className="filter-group">
          <div className="date-range">
            {date('admittedFrom')}
            {date('admittedTo')}
          </div>
          <div className="date-range">
            {date('bornFrom')}
            {date('bornTo')}
          </div>
        </div>
        <button type="button" className="btn filter-push" data-testid="members-clear" onClick={onClear}>
          {t('clearFilter')}
        </button>
      </div>
    </div>
  );
}
