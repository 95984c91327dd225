import { POSITION_KIND_LABELS, POSITION_KINDS } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { DateInput } from '../../shared/date-input';
import { CheckboxGroup } from '../../shared/enum-inputs';
import { SearchFilter } from '../../shared/filters';
import { WithinFilter } from '../organizations/org-choices';
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
        <SearchFilter
          testid="cadres-search"
          label={t('cadresSearch')}
          value={form.search}
          onChange={(search) => set({ search })}
        />
        <WithinFilter selected={form.within} onChange={(within) => set({ within })} />
        <label>
          {t('cadresActiveOn')}
          <DateInput name="activeOn" value={form.activeOn} onChange={(v) => set({ activeOn: v })} />
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
