import type { AlertKind } from '@dangvu/schema';
import type { Subtree } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { currentLang } from '../../graphql/i18n.js';
import { Alert } from './alert.entity.js';

/** One kind of alert: an indexed query over the subtree, then its rule (registered in KINDS, alert.service.ts). */
export type Kind = (ctx: Context, root: Subtree, asOf: string) => Promise<Alert[]>;

/** A kind's message in both languages, written as functions of its values. */
export type Say<A extends unknown[]> = { vi: (...values: A) => string; en: (...values: A) => string };

/**
 * The request's language of a message, chosen once per kind: a list of
 * thousands of alerts builds each message in that language only.
 */
export function inLang<A extends unknown[]>(say: Say<A>): (...values: A) => string {
  return say[currentLang()];
}

/** What an alert links to: its organisation, its member, and whether the member was read through the scope. */
export interface Links {
  organizationId?: string | null;
  memberId?: string | null;
  memberInScope?: boolean;
}

/** An alert (its message already in the request's language), linked to its organisation and member when given. */
export function alert(kind: AlertKind, dueOn: string | null, message: string, links: Links = {}): Alert {
  return new Alert(
    kind,
    dueOn,
    message,
    links.organizationId ?? null,
    links.memberId ?? null,
    links.memberInScope ?? false,
  );
}
