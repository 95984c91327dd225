import { RATING_GRADE_LABELS, type RatingGrade } from '@dangvu/schema';
import { useState } from 'react';
import { useMutation } from 'urql';
import { type MessageKey, useI18n } from '../../app/i18n';
import { NO_PROBLEM } from '../../shared/errors';
import { Field, fieldProps, RuleNote } from '../../shared/form';
import { FormDialog } from '../../shared/form-dialog';
import { useStep } from '../../shared/use-step';
import { GRADE_RULE_SOURCES, type GradeRule, gradeChoices, parseScore, type RatingSubject } from './rating-choices';
import { RateMutation, type RatingRow } from './ratings.documents';

const RULE_MESSAGES: Record<GradeRule, MessageKey> = {
  EXEMPT_NOT_RATED: 'ratingRuleExempt',
  NOT_A_MEMBER_THAT_YEAR: 'ratingRuleNotMember',
  DISCIPLINED_CAP: 'ratingRuleDisciplined',
  SCORE_GRADE_MISMATCH: 'ratingRuleScore',
};

interface RateDialogProps {
  /** Whom: a member or an organisation, by id, with its name and what the rules need. */
  target: { memberId?: string; organizationId?: string; name: string; subject: RatingSubject };
  year: number;
  current: RatingRow | null;
  onClose: (saved: boolean) => void;
}

/**
 * Rates a member or an organisation for a year, or rates again (the new
 * grade replaces the year's). Only the grades the rules allow are offered
 * (rating-choices.ts); why each other is not is shown beside them, with its
 * regulation; a refusal by the api shows beside its field too.
 */
export function RateDialog({ target, year, current, onClose }: RateDialogProps) {
  const { t, l } = useI18n();
  const [scoreText, setScoreText] = useState(current?.score != null ? String(current.score) : '');
  const [picked, setPicked] = useState<RatingGrade | ''>(current?.grade ?? '');
  const [, rate] = useMutation(RateMutation);
  const step = useStep(['grade', 'score', 'year', 'memberId', 'organizationId']);
  const score = parseScore(scoreText);
  const scoreOk = score === null || !Number.isNaN(score);
  const { offered, withheld } = gradeChoices(target.subject, year, scoreOk ? score : null);
  const grade = picked && offered.includes(picked) ? picked : offered.length === 1 && score !== null ? offered[0] : '';
  const byRule = [...new Set(withheld.map((w) => w.rule))].map((rule) => ({
    rule,
    grades: withheld.filter((w) => w.rule === rule).map((w) => l(RATING_GRADE_LABELS, w.grade)),
  }));

  function submit() {
    if (!scoreOk) return step.setProblem({ ...NO_PROBLEM, fields: { score: t('ratingScoreInvalid') } });
    if (!grade) return step.setProblem({ ...NO_PROBLEM, fields: { grade: t('ratingPickGrade') } });
    const input = {
      year,
      grade,
      score,
      memberId: target.memberId ?? null,
      organizationId: target.organizationId ?? null,
    };
    void step.run(
      () => rate({ input }),
      () => onClose(true),
    );
  }

  return (
    <FormDialog
      title={t('ratingDialogTitle', { year, name: target.name })}
      testid="rate-dialog"
      onClose={() => onClose(false)}
      problem={step.problem}
      busy={step.busy}
      submitLabel={t('save')}
      onSubmit={submit}
    >
      <Field name="score" label={t('ratingScore')} error={step.problem.fields.score} hint={t('ratingScoreHint')}>
        <input
          {...fieldProps('score')}
          inputMode="decimal"
          value={scoreText}
          onChange={(e) => setScoreText(e.target.value)}
        />
      </Field>
      <Field name="grade" label={t('ratingGrade')} error={step.problem.fields.grade}>
        <div className="radio-group" role="radiogroup" data-testid="rating-grades">
          {offered.map((g) => (
            <label key={g} className="checkbox">
              <input
                type="radio"
                name="grade"
                value={g}
                data-testid={`field-grade-${g}`}
                checked={grade === g}
                onChange={() => setPicked(g)}
              />
              {l(RATING_GRADE_LABELS, g)}
            </label>
          ))}
          {offered.length === 0 ? (
            <span className="muted" data-testid="rating-no-grade">
              {t('ratingNoGrade')}
            </span>
          ) : null}
        </div>
      </Field>
      <div className="withheld" data-testid="rating-withheld">
        {byRule.map(({ rule, grades }) => (
          <div key={rule} data-testid={`withheld-${rule}`}>
            <RuleNote
              rule={{
                rule,
                source: GRADE_RULE_SOURCES[rule],
                message: t(RULE_MESSAGES[rule], { grades: grades.join(', '), score: scoreText }),
              }}
            />
          </div>
        ))}
      </div>
    </FormDialog>
  );
}
