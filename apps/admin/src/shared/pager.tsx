import { useI18n } from '../app/i18n';

interface PagerProps {
  /** Prefix of the test ids: `<testid>-prev`, `-next`, `-size`, `-pages`. */
  testid: string;
  page: number;
  pageSize: number;
  total: number | null;
  hasNext: boolean;
  busy?: boolean;
  sizes?: readonly number[];
  onPage: (direction: -1 | 1) => void;
  onSize?: (size: number) => void;
}

/** Previous / next with the page, the page count and the total; the page size when it may change. */
export function Pager({ testid, page, pageSize, total, hasNext, busy, sizes, onPage, onSize }: PagerProps) {
  const { t, lang } = useI18n();
  const pages = total === null ? null : Math.max(1, Math.ceil(total / pageSize));
  const number = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <nav className="pager" aria-label={t('pagerLabel')}>
      <button
        type="button"
        className="btn"
        data-testid={`${testid}-prev`}
        disabled={page <= 1 || busy}
        onClick={() => onPage(-1)}
      >
        {t('prevPage')}
      </button>
      <span className="muted" data-testid={`${testid}-pages`}>
        {pages === null
          ? t('pageN', { page: number(page) })
          : t('pageOf', { page: number(page), pages: number(pages), total: number(total ?? 0) })}
      </span>
      <button
        type="button"
        className="btn"
        data-testid={`${testid}-next`}
        disabled={!hasNext || busy}
        onClick={() => onPage(1)}
      >
        {t('nextPage')}
      </button>
      {sizes && onSize ? (
        <label className="inline-label">
          {t('pageSize')}
          <select data-testid={`${testid}-size`} value={pageSize} onChange={(e) => onSize(Number(e.target.value))}>
            {sizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </nav>
  );
}
