import { useI18n } from '../app/i18n';

/** The search box that leads a list's filters; `testid` names it for the browser tests. */
export function SearchFilter({
  testid,
  label,
  value,
  onChange,
}: {
  testid: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="filter-wide">
      {t('search')}
      <input
        type="search"
        data-testid={testid}
        aria-label={label}
        placeholder={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
