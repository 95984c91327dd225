import { can, MEETING_KIND_LABELS, type OrganizationKind } from '@dangvu/schema';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { PageProps } from '../../app/feature';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { Breadcrumbs } from '../../shared/breadcrumbs';
import { DateInput } from '../../shared/date-input';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { None } from '../../shared/none';
import { cadrePath } from '../cadres/cadres-search';
import { CELL_KINDS } from '../members/cell-field';
import { memberPath } from '../members/members-table';
import { CellMeetingsQuery, type MeetingRow } from './meetings.documents';
import { RecordMeetingDialog } from './record-meeting-dialog';

const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/** The page of a cell's meetings: `/organizations/<id>/meetings`. */
export const meetingsPath = (orgId: string) => `/organizations/${encodeURIComponent(orgId)}/meetings`;

/**
 * `/organizations/<id>/meetings?from=…&to=…`: the minutes of a cell's
 * meetings in a period (this year by default), and, for the roles that
 * record, the dialog that records one.
 */
export function CellMeetingsPage({ params }: PageProps) {
  const { t, l } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { from?: unknown; to?: unknown };
  const year = todayIso().slice(0, 4);
  const from = day(search.from) ?? `${year}-01-01`;
  const to = day(search.to) ?? `${year}-12-31`;
  const [recording, setRecording] = useState(false);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: CellMeetingsQuery,
    variables: { id: params.id, from, to },
  });
  const go = (next: { from: string; to: string }) =>
    void navigate({ to: meetingsPath(params.id), search: next as never, replace: true });
  if (error) return <ProblemBanner problem={readProblem(error)} />;
  if (!data) return <p className="muted">{fetching ? t('loading') : ''}</p>;
  const org = data.organization;
  if (!org) return <p className="alert alert-error">{t('orgNotFound')}</p>;
  const cell = CELL_KINDS.includes(org.kind);
  const mayRecord = cell && org.status === 'ACTIVE' && can(user.role, 'meeting:write');
  const count = (kind: string) => data.meetings.filter((m) => m.kind === kind).length;

  return (
    <div className="page cell-meetings" data-testid="cell-meetings" data-org-code={org.code}>
      <Breadcrumbs ancestors={org.ancestors} pathOf={(a) => meetingsPath(a.id)}>
        <Link to={`/organizations/${encodeURIComponent(org.id)}`}>{org.name}</Link>
      </Breadcrumbs>
      <div className="page-header">
        <h1>{t('meetingsTitle', { name: org.name })}</h1>
        {mayRecord ? (
          <div className="button-row page-actions">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="meeting-record"
              onClick={() => setRecording(true)}
            >
              {t('meetingRecord')}
            </button>
          </div>
        ) : null}
      </div>
      {cell ? null : <p className="muted">{t('meetingNotCell')}</p>}
      <div className="filters filters-row">
        <label>
          {t('meetingsFrom')}
          <DateInput name="from" value={from} onChange={(v) => v && go({ from: v, to })} />
        </label>
        <label>
          {t('meetingsTo')}
          <DateInput name="to" value={to} onChange={(v) => v && go({ from, to: v })} />
        </label>
        <p className="muted" data-testid="meetings-count">
          {t('meetingsCount', { regular: count('REGULAR'), thematic: count('THEMATIC') })}
        </p>
      </div>
      {data.meetings.length === 0 ? (
        <p className="muted" data-testid="meetings-none">
          {t('meetingsNone')}
        </p>
      ) : (
        <table className="table" data-testid="meetings-table" aria-busy={fetching}>
          <thead>
            <tr>
              <th>{t('meetingHeldOn')}</th>
              <th>{t('meetingKind')}</th>
              <th>{t('meetingTopic')}</th>
              <th>{t('meetingPresence')}</th>
              <th>{t('meetingAbsentees')}</th>
              <th>{t('meetingSupervisor')}</th>
            </tr>
          </thead>
          <tbody>
            {data.meetings.map((m) => (
              <MeetingLine key={m.id} m={m} kind={l(MEETING_KIND_LABELS, m.kind)} />
            ))}
          </tbody>
        </table>
      )}
      {recording ? (
        <RecordMeetingDialog
          cell={org}
          onClose={() => setRecording(false)}
          onSaved={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
    </div>
  );
}

function MeetingLine({ m, kind }: { m: MeetingRow; kind: string }) {
  const { t } = useI18n();
  return (
    <tr data-testid={`meeting-${m.heldOn}-${m.kind}`}>
      <td>{formatDate(m.heldOn)}</td>
      <td>{kind}</td>
      <td>{m.topic ?? <None />}</td>
      <td className="num">
        {m.attendees} / {m.attendees + m.absentees}
      </td>
      <td>
        {m.absences.length === 0 ? (
          m.absentees || <None />
        ) : (
          <ul className="meeting-absences">
            {m.absences.map((a) => (
              <li key={a.member.id}>
                <Link to={memberPath(a.member.id)}>{a.member.fullName}</Link>{' '}
                <span className="muted small">({t(a.excused ? 'meetingExcused' : 'meetingUnexcused')})</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {m.supervisingCadre ? (
          <Link to={cadrePath(m.supervisingCadre.id)}>{m.supervisingCadre.fullName}</Link>
        ) : (
          <None />
        )}
      </td>
    </tr>
  );
}

/** The organisation page's way to its cell meetings, for cells and the roles that read them. */
export function OrgMeetingsLink({ org }: { org: { id: string; kind: OrganizationKind } }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (!can(user.role, 'meeting:read') || !CELL_KINDS.includes(org.kind)) return null;
  return (
    <p className="org-meetings-link">
      <Link to={meetingsPath(org.id)} className="btn" data-testid="org-meetings-link">
        {t('meetingsLink')}
      </Link>
    </p>
  );
}
