import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Reading teamfit's analysis. Per-entity answers are further limited to entities the caller may read in
 * the catalog, as catalog-backed plugins do.
 */
export const teamfitResultReadPermission = createPermission({
  name: 'teamfit.result.read',
  attributes: { action: 'read' },
});

export const teamfitPermissions = [teamfitResultReadPermission];
