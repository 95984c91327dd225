import type { TargetMetric } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';

const isPercent = (metric: TargetMetric) => metric.endsWith('_PERCENT');

/** A value as the reports write it: at most one decimal, in the UI language; `%` for share metrics. */
export function useTargetFormat() {
  const { lang } = useI18n();
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  return {
    value: (metric: TargetMetric, v: number) => `${number.format(v)}${isPercent(metric) ? '%' : ''}`,
    percent: (ratio: number) => `${number.format(Math.round(ratio * 1000) / 10)}%`,
  };
}

/** "37/50 — 74%" over a bar; at 100 % or more the bar is full and green. */
export function TargetProgress({
  metric,
  target,
  achieved,
  ratio,
}: {
  metric: TargetMetric;
  target: number;
  achieved: number;
  ratio: number;
}) {
  const format = useTargetFormat();
  const percent = Math.round(ratio * 1000) / 10;
  const complete = ratio >= 1;
  const text = `${format.value(metric, achieved)}/${format.value(metric, target)} — ${format.percent(ratio)}`;
  return (
    <div className="target-progress">
      <div
        className={complete ? 'progress progress-complete' : 'progress'}
        role="progressbar"
        data-testid={`target-progress-${metric}`}
        aria-valuemin={0}
        aria-valuemax={Math.max(100, percent)}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
      </div>
      <span className="progress-text">{text}</span>
    </div>
  );
}
