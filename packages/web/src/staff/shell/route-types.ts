import type { ComponentType } from 'react';
import type { Role } from '@carelevel/contract';

/**
 * One page of the workspace. Feature folders export a list of these from their `routes.ts`, and
 * `route-registry.ts` gathers them: one line per feature.
 */
export interface StaffRoute {
  /** A react-router path under the hash, without the leading slash: `people/:personId`. Ids only, never names. */
  readonly path: string;
  /** Who may open it; others see "not available to your role". The server checks again on every call. */
  readonly roles: readonly Role[];
  /** The page, loaded when first opened so each feature is its own chunk. */
  readonly load: () => Promise<{ readonly default: ComponentType }>;
  /** Shown in the main menu (lowest order first) to the roles above. */
  readonly nav?: { readonly label: string; readonly order: number };
}
