import { POSITION_KIND_LABELS, POSITION_KINDS } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { EntityPicker } from '../../shared/entity-picker';
import { CheckboxGroup } from '../../shared/enum-inputs';
import { fieldProps } from '../../shared/form';
import { orgChoices } from '../organizations/org-choices';
import type { CadreForm } from './cadres-search';

interface CadreFiltersProps {
  form: CadreForm;
  onChange: (form: CadreForm) => void;
  onClear: () => void;
}

/** Search as you type (diacritics optional), subtree, posts and the day they are held. */
export function CadreFilters({ form, onChange, onClear }: CadreFiltersProps) {
  const { t } = useI18n();
  const set = (patch: Partial<CadreForm>) => onChange({ ...form, ...patch });
  return (
    <div className="filters cadre-filters">
      <div className="filters-row">
        <label className="filter-wide">
          {t('search')}
          <input
            type="search"
            data-testid="cadres-search"
            aria-label={t('cadresSearch')}
            placeholder={t('cadresSearch')}
            value={form.search}
            onChange={(e) => set({ search: e.target.value })}
          />
        </label>
        <div className="filter-group filter-wide">
          <span className="field-label">{t('membersWithin')}</span>
          <EntityPicker
            name="withinId"
            source={orgChoices()}
            selected={form.within}
            onChange={(within) => set({ within })}
            placeholder={form.within.length ? t('pickOrg') : t('membersWithinHint')}
          />
        </div>
        <label>
          {t('cadresActiveOn')}
          <input
            {...fieldProps('activeOn')}
            type="date"
            value={form.activeOn}
            onChange={(e) => set({ activeOn: e.target.value })}
          />
        </label>
        <button type="button" className="btn filter-push" data-testid="cadres-clear" onClick={onClear}>
          {t('clearFilter')}
        </button>
      </div>
      <fieldset className="filter-group filters-row cadre-positions">
        <legend className="field-label">{t('cadresPositions')}</legend>
        <CheckboxGroup
          name="positions"
          values={POSITION_KINDS}
          labels={POSITION_KIND_LABELS}
          selected={form.positions}
          onChange={(positions) => set({ positions })}
        />
      </fieldset>
    </div>
  );
}
