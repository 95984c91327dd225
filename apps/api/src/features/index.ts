import { Foundation1732300000000 } from '../db/migrations/1732300000000-foundation.js';
import { Members1732400000000 } from '../db/migrations/1732400000000-members.js';
import { Scale1732500000000 } from '../db/migrations/1732500000000-scale.js';
import { Alerts1732550000000 } from '../db/migrations/1732550000000-alerts.js';
import { CardClashIndex1732560000000 } from '../db/migrations/1732560000000-card-clash-index.js';
import { AdmissionDates1732600000000 } from '../db/migrations/1732600000000-admission-dates.js';
import { OrganizationReform1732700000000 } from '../db/migrations/1732700000000-organization-reform.js';
import { SponsorsTemporary1732800000000 } from '../db/migrations/1732800000000-sponsors-temporary.js';
import { Cadres1732900000000 } from '../db/migrations/1732900000000-cadres.js';
import { Inspections1733000000000 } from '../db/migrations/1733000000000-inspections.js';
import { InspectionConductor1733000000001 } from '../db/migrations/1733000000001-inspection-conductor.js';
import { AlertsAtScale1733200000000 } from '../db/migrations/1733200000000-alerts-at-scale.js';
import { Meetings1733300000000 } from '../db/migrations/1733300000000-meetings.js';
import { Ratings1733400000000 } from '../db/migrations/1733400000000-ratings.js';
import { Statistics1733500000000 } from '../db/migrations/1733500000000-statistics.js';
import { StatisticsWindows1733500000001 } from '../db/migrations/1733500000001-statistics-windows.js';
import { RatingIndexes1733600000000 } from '../db/migrations/1733600000000-rating-indexes.js';
import { AlertKindIndexes1733700000000 } from '../db/migrations/1733700000000-alert-kind-indexes.js';
import { AlertCellNames1733800000000 } from '../db/migrations/1733800000000-alert-cell-names.js';
import { AlertResolver } from './alerts/alert.resolver.js';
import { AuditEntry } from './audit/audit.entity.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { Cadre, Placement } from './cadres/cadre.entity.js';
import { CadreResolver, OrganizationPlacementsResolver, PlacementResolver } from './cadres/cadre.resolver.js';
import { PublicHoliday } from './calendar/holiday.entity.js';
import { HolidayResolver } from './calendar/holiday.resolver.js';
import { Candidate } from './candidates/candidate.entity.js';
import { CandidateResolver, SponsorshipResolver } from './candidates/candidate.resolver.js';
import type { Feature } from './feature.js';
import { Discipline, Finding, Inspection, Remedy } from './inspections/inspection.entity.js';
import {
  DisciplineResolver,
  FindingResolver,
  InspectionResolver,
  MemberDisciplinesResolver,
  OrganizationDisciplinesResolver,
  RemedyResolver,
} from './inspections/inspection.resolver.js';
import { Absence, Meeting } from './meetings/meeting.entity.js';
import { AbsenceResolver, MeetingResolver } from './meetings/meeting.resolver.js';
import { Member, MemberEvent } from './members/member.entity.js';
import { MemberEventResolver, MemberResolver, TransferResolver } from './members/member.resolver.js';
import { Transfer } from './members/transfer.entity.js';
import { Organization } from './organizations/organization.entity.js';
import { OrganizationEventResolver, OrganizationResolver } from './organizations/organization.resolver.js';
import { OrganizationEvent } from './organizations/organization-event.entity.js';
import { Rating } from './ratings/rating.entity.js';
import { MemberRatingsResolver, OrganizationRatingsResolver, RatingResolver } from './ratings/rating.resolver.js';
import { StatisticsResolver } from './statistics/statistics.resolver.js';
import { Target, Term } from './targets/target.entity.js';
import { TargetResolver } from './targets/target.resolver.js';
import { User } from './users/user.entity.js';
import { UserResolver } from './users/user.resolver.js';

/**
 * Every feature of the API, one line each: the schema, the data source and
 * the migration runner read this list (docs/adding-a-feature.md). The
 * migrations written before features were modules (the foundation, the
 * members' tables and the scale indexes) are listed with the feature that
 * owns most of them.
 */
export const features: Feature[] = [
  {
    name: 'organizations',
    resolvers: [OrganizationResolver, OrganizationEventResolver],
    entities: [Organization, OrganizationEvent],
    migrations: [Foundation1732300000000, Scale1732500000000, OrganizationReform1732700000000],
  },
  { name: 'calendar', resolvers: [HolidayResolver], entities: [PublicHoliday], migrations: [] },
  { name: 'users', resolvers: [UserResolver], entities: [User], migrations: [] },
  { name: 'audit', resolvers: [AuditResolver], entities: [AuditEntry], migrations: [] },
  {
    name: 'members',
    resolvers: [MemberResolver, MemberEventResolver, TransferResolver],
    entities: [Member, MemberEvent, Transfer],
    migrations: [Members1732400000000, CardClashIndex1732560000000, AdmissionDates1732600000000],
  },
  {
    name: 'candidates',
    resolvers: [CandidateResolver, SponsorshipResolver],
    entities: [Candidate],
    migrations: [SponsorsTemporary1732800000000],
  },
  { name: 'targets', resolvers: [TargetResolver], entities: [Term, Target], migrations: [] },
  {
    name: 'cadres',
    resolvers: [CadreResolver, PlacementResolver, OrganizationPlacementsResolver],
    entities: [Cadre, Placement],
    migrations: [Cadres1732900000000],
  },
  {
    name: 'inspections',
    resolvers: [
      InspectionResolver,
      FindingResolver,
      RemedyResolver,
      DisciplineResolver,
      MemberDisciplinesResolver,
      OrganizationDisciplinesResolver,
    ],
    entities: [Inspection, Finding, Remedy, Discipline],
    migrations: [Inspections1733000000000, InspectionConductor1733000000001],
  },
  {
    name: 'meetings',
    resolvers: [MeetingResolver, AbsenceResolver],
    entities: [Meeting, Absence],
    migrations: [Meetings1733300000000],
  },
  {
    name: 'ratings',
    resolvers: [RatingResolver, MemberRatingsResolver, OrganizationRatingsResolver],
    entities: [Rating],
    migrations: [Ratings1733400000000, RatingIndexes1733600000000],
  },
  {
    name: 'alerts',
    resolvers: [AlertResolver],
    entities: [],
    migrations: [
      Alerts1732550000000,
      AlertsAtScale1733200000000,
      AlertKindIndexes1733700000000,
      AlertCellNames1733800000000,
    ],
  },
  {
    name: 'statistics',
    resolvers: [StatisticsResolver],
    entities: [],
    migrations: [Statistics1733500000000, StatisticsWindows1733500000001],
  },
];
