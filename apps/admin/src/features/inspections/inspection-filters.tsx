import { INSPECTION_KIND_LABELS, INSPECTION_KINDS, type InspectionKind } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import { CheckboxGroup } from '../../shared/enum-inputs';
import { SearchFilter } from '../../shared/filters';
import { type MemberRef, MembersPicker, type OrgRef, OrgsPicker } from './subject-pickers';

/** The plan's filter as the form holds it. */
export interface PlanForm {
  search: string;
  kinds: InspectionKind[];
  subject: OrgRef[];
  member: MemberRef[];
}

interface InspectionFiltersProps {
  form: PlanForm;
  onChange: (form: PlanForm) => void;
  onClear: () => void;
}

/** Words of the code or title, the kinds, and the subject: an organisation (its subtree) or a member. */
export function InspectionFilters({ form, onChange, onClear }: InspectionFiltersProps) {
  const { t } = useI18n();
  const set = (patch: Partial<PlanForm>) => onChange({ ...form, ...patch });
  return (
    <div className="filters inspection-filters">
      <div className="filters-row">
        <SearchFilter
          testid="plan-search"
          label={t('planSearch')}
          value={form.search}
          onChange={(search) => set({ search })}
        />
        <div className="filter-group filter-wide">
          <span className="field-label">{t('planSubjectOrg')}</span>
          <OrgsPicker
            name="subject"
            selected={form.subject}
            onChange={(subject) => set({ subject, member: [] })}
            placeholder={t('planSubjectOrgHint')}
          />
        </div>
        <div className="filter-group filter-wide">
          <span className="field-label">{t('planSubjectMember')}</span>
          <MembersPicker
            name="member"
            max={1}
            selected={form.member}
            onChange={(member) => set({ member, subject: [] })}
            placeholder={t('planSubjectMemberHint')}
          />
        </div>
        <button type="button" className="btn filter-push" data-testid="plan-clear" onClick={onClear}>
          {t('clearFilter')}
        </button>
      </div>
      <fieldset className="filter-group filters-row inspection-kinds">
        <legend className="field-label">{t('inspectionKind')}</legend>
        <CheckboxGroup
          name="kinds"
          values={INSPECTION_KINDS}
          labels={INSPECTION_KIND_LABELS}
          selected={form.kinds}
          onChange={(kinds) => set({ kinds })}
        />
      </fieldset>
    </div>
  );
}
