import type { AlertKind } from '@dangvu/schema';
import type { Subtree } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { currentLang } from '../../graphql/i18n.js';
import { Alert } from './alert.entity.js';

/** One kind of alert: an indexed query over the subtree, then its rule (registered in KINDS, alert.service.ts). */
export type Kind = (ctx: Context, root: Subtree, asOf: string) => Promise<Alert[]>;

/** An alert in the request's language, linked to its organisation and member when given. */
export function alert(
  kind: AlertKind,
  dueOn: string | null,
  message: { vi: string; en: string },
  ids: Partial<Alert> = {},
) {
  return Object.assign(new Alert(), {
    kind,
    dueOn,
    message: message[currentLang()],
    organizationId: null,
    memberId: null,
    ...ids,
  });
}
