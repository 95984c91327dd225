import { useI18n } from '../app/i18n';

/** The one placeholder of an empty value, everywhere in the app: a muted “—”. */
export function None() {
  const { t } = useI18n();
  return (
    <span className="muted none" data-empty="">
      {t('none')}
    </span>
  );
}
