import { type Labels, type Lang, label } from '@dangvu/schema';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { vi } from './messages-vi';

const STORAGE_KEY = 'dangvu.lang';

/**
 * Every UI text key: the app-wide ones (messages-vi.ts), and each feature's,
 * added by the feature's messages file (`declare module … interface Messages`).
 */
export interface Messages extends Record<keyof typeof vi, string> {}
export type MessageKey = keyof Messages;
export type Dictionaries = Record<Lang, Record<string, string>>;

/** The language stored in localStorage, Vietnamese unless English was chosen. */
export function currentLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** A UI text, with `{name}` placeholders filled from params. */
  t: Translate;
  /** The label of an enum value from @dangvu/schema in the current language. */
  l: <T extends string>(labels: Labels<T>, value: T | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ dictionaries, children }: { dictionaries: Dictionaries; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage unavailable: the choice lasts for this page only
    }
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dict = dictionaries[lang];
    const t: Translate = (key, params) => {
      const text = dict[key] ?? key;
      if (!params) return text;
      return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
    };
    const l = <T extends string>(labels: Labels<T>, value: T | null | undefined) =>
      value ? label(labels, value, lang) : dict.none;
    return { lang, setLang, t, l };
  }, [lang, setLang, dictionaries]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
