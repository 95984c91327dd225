import type { Permission, Role } from '@dangvu/schema';
import { type AnyRoute, createRoute, useParams } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import type { MessageKey } from './i18n';

/** One entry of the side navigation, shown to the roles with its permission (and in `roles`, when given). */
export interface NavEntry {
  to: string;
  label: MessageKey;
  testid: string;
  permission: Permission | null;
  roles?: readonly Role[];
  /** Place in the side navigation, smallest first. */
  order: number;
}

/**
 * An admin feature, registered by one line in `features.ts`: its pages (routes
 * under the signed-in layout, each with `staticData.permission`), its side
 * navigation entry, and its UI text in both languages. A feature's styles are
 * imported by its manifest file, so they load with it.
 */
export interface FeatureManifest {
  id: string;
  routes?: (layout: AnyRoute) => AnyRoute[];
  nav?: readonly NavEntry[];
  messages?: { vi: Record<string, string>; en: Record<string, string> };
}

export const defineFeature = (feature: FeatureManifest): FeatureManifest => feature;

/** Page components get the path parameters. */
export type PageProps = { params: Record<string, string> };

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** Who may open the page; a role without it sees the forbidden page. */
    permission?: Permission | null;
  }
}

/** A page of a feature at `path` under the signed-in layout, given its path parameters. */
export function pageRoute(
  layout: AnyRoute,
  path: string,
  permission: Permission | null,
  Page: ComponentType<PageProps>,
): AnyRoute {
  return createRoute({
    getParentRoute: () => layout,
    path,
    staticData: { permission },
    component: function RoutePage() {
      const params = useParams({ strict: false }) as Record<string, string>;
      return <Page params={params} />;
    },
  });
}
