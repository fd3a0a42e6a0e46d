import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import { localized } from '@/i18n/localized';
import type { Option } from '@/shared/forms/fields';
import { CONTRIBUTE_VOCABULARY_QUERY } from '../graphql/vocabulary.query';

export interface Vocabulary {
  themes: Option[];
  audiences: Option[];
  formats: Option[];
  /** By slug. */
  organizations: Option[];
  organizationIds: Record<string, string>;
  /** Published practices by slug. */
  practices: Option[];
}

/** The pickers' choices in the reader's language. */
export function useVocabulary() {
  const { i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CONTRIBUTE_VOCABULARY_QUERY);
  const vocabulary = useMemo<Vocabulary | null>(() => {
    if (!data) return null;
    const name = (t: { slug: string; nameUk: string; nameEn: string }) => ({
      value: t.slug,
      label: localized(i18n.language, t.nameUk, t.nameEn).text,
    });
    return {
      themes: data.themes.map(name),
      audiences: data.audiences.map(name),
      formats: data.formats.map(name),
      organizations: data.organizations.map(name),
      organizationIds: Object.fromEntries(data.organizations.map((o) => [o.slug, o.id])),
      practices: data.practices.edges.map(({ node }) => ({
        value: node.slug,
        label: localized(i18n.language, node.titleUk, node.titleEn).text,
      })),
    };
  }, [data, i18n.language]);
  return { vocabulary, loading, error, refetch };
}
