import type { Role } from '@/gql/graphql';

/** Who may create and copy collections (the API's rule). */
export const CURATOR_ROLES: readonly Role[] = ['TRAINER', 'ADMIN'];

export const canCurate = (role: Role | null | undefined) => !!role && CURATOR_ROLES.includes(role);

/** The address of a collection's share link, on this site. */
export const shareUrl = (token: string) => `${window.location.origin}/collections/shared/${encodeURIComponent(token)}`;
