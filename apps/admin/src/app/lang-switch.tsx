import { useI18n } from './i18n';

/** VI / EN: one button that switches to the other language. */
export function LangSwitch() {
  const { lang, setLang } = useI18n();
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      aria-label={lang === 'vi' ? 'Switch to English' : 'Chuyển sang tiếng Việt'}
      onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
    >
      <span className={lang === 'vi' ? 'lang-on' : undefined}>VI</span>
      {' / '}
      <span className={lang === 'en' ? 'lang-on' : undefined}>EN</span>
    </button>
  );
}
