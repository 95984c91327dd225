import { RATING_GRADE_LABELS } from '@dangvu/schema';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { MemberRatingsQuery } from './ratings.documents';

/** A member's ratings by year, newest first, for the member profile. */
export function MemberRatings({ memberId }: { memberId: string }) {
  const { t, l } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: MemberRatingsQuery, variables: { id: memberId } });
  const rows = data?.member?.ratings;
  return (
    <section className="panel" data-testid="member-ratings" aria-busy={fetching}>
      <h2>{t('ratingHistory')}</h2>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {rows && rows.length === 0 ? <p className="muted">{t('ratingHistoryNone')}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th>{t('ratingYear')}</th>
              <th>{t('ratingGrade')}</th>
              <th className="num">{t('ratingScore')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`member-rating-${r.year}`}>
                <td>{r.year}</td>
                <td>{l(RATING_GRADE_LABELS, r.grade)}</td>
                <td className="num">{r.score ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
