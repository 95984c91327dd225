import { can, type Role } from '@dangvu/schema';
import { auditFeature } from '../features/audit/audit.feature';
import { cadresFeature } from '../features/cadres/cadres.feature';
import { candidatesFeature } from '../features/candidates/candidates.feature';
import { homeFeature } from '../features/home/home.feature';
import { inspectionsFeature } from '../features/inspections/inspections.feature';
import { meetingsFeature } from '../features/meetings/meetings.feature';
import { membersFeature } from '../features/members/members.feature';
import { organizationsFeature } from '../features/organizations/organizations.feature';
import { playgroundFeature } from '../features/playground/playground.feature';
import { ratingsFeature } from '../features/ratings/ratings.feature';
import { statisticsFeature } from '../features/statistics/statistics.feature';
import { targetsFeature } from '../features/targets/targets.feature';
import { transfersFeature } from '../features/transfers/transfers.feature';
import { usersFeature } from '../features/users/users.feature';
import type { FeatureManifest, NavEntry } from './feature';
import type { Dictionaries } from './i18n';
import { en } from './messages-en';
import { vi } from './messages-vi';

/** Every feature of the admin app: a new feature is one folder and one line here. */
export const FEATURES: readonly FeatureManifest[] = [
  homeFeature,
  organizationsFeature,
  membersFeature,
  cadresFeature,
  inspectionsFeature,
  meetingsFeature,
  ratingsFeature,
  statisticsFeature,
  transfersFeature,
  candidatesFeature,
  targetsFeature,
  usersFeature,
  auditFeature,
  playgroundFeature,
];

/** The app-wide texts and every feature's, per language. */
export const DICTIONARIES: Dictionaries = {
  vi: Object.assign({}, vi, ...FEATURES.map((f) => f.messages?.vi ?? {})),
  en: Object.assign({}, en, ...FEATURES.map((f) => f.messages?.en ?? {})),
};

/** The side navigation a role sees, in order. */
export function navFor(role: Role): NavEntry[] {
  return FEATURES.flatMap((f) => f.nav ?? [])
    .filter(
      (item) => (item.permission === null || can(role, item.permission)) && (!item.roles || item.roles.includes(role)),
    )
    .sort((a, b) => a.order - b.order);
}
