import { useParams } from '@/shared/router';
import { paths } from '@/shared/router/paths';

/** The collection a route names: by slug (/collections/:slug) or by share token (/collections/shared/:token). */
export function useCollectionRef() {
  const { slug, token } = useParams();
  const bySlug = token === undefined;
  return {
    variables: { slug: slug ?? '', token: token ?? '', bySlug },
    /** Where this collection's pages live, kept on the share link when it was opened through one. */
    base: bySlug ? paths.collection(slug ?? '') : paths.sharedCollection(token),
    token: bySlug ? null : (token ?? null),
  };
}
