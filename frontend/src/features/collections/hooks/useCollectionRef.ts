import { useParams } from '@/shared/router';

/** The collection a route names: by slug (/collections/:slug) or by share token (/collections/shared/:token). */
export function useCollectionRef() {
  const { slug, token } = useParams();
  const bySlug = token === undefined;
  return {
    variables: { slug: slug ?? '', token: token ?? '', bySlug },
    /** Where this collection's pages live, kept on the share link when it was opened through one. */
    base: bySlug ? `/collections/${slug ?? ''}` : `/collections/shared/${token}`,
    token: bySlug ? null : (token ?? null),
  };
}
