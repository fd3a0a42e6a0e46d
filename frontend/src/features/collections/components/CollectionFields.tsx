import { useTranslation } from '@/i18n/react';
import type { CollectionVisibility } from '@/gql/graphql';
import type { ApiProblem } from '@/shared/errors/api-error';
import { FormField } from '@/shared/forms/FormField';
import { collectionFieldError } from './field-errors';
import { MarkdownField } from '@/shared/forms/MarkdownField';
import { VisibilityField } from './VisibilityField';

export interface CollectionFieldValues {
  titleUk: string;
  titleEn: string;
  descriptionUk: string;
  visibility: CollectionVisibility;
}

interface CollectionFieldsProps {
  values: CollectionFieldValues;
  onChange: (change: Partial<CollectionFieldValues>) => void;
  /** The API's answer to the last save; its field problems show under their fields. */
  problem: ApiProblem | null;
  /** A problem with the title found before sending, shown instead of the API's. */
  titleError?: string;
}

/** The fields a collection is created and edited with: titles, description (Markdown) and visibility. */
export function CollectionFields({ values, onChange, problem, titleError }: CollectionFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        label={t('collections.form.titleUk')}
        name="titleUk"
        required
        value={values.titleUk}
        onChange={(e) => onChange({ titleUk: e.target.value })}
        hint={t('collections.form.titleHint')}
        error={titleError ?? collectionFieldError(t, problem, 'titleUk')}
      />
      <FormField
        label={t('collections.form.titleEn')}
        name="titleEn"
        lang="en"
        value={values.titleEn}
        onChange={(e) => onChange({ titleEn: e.target.value })}
        error={collectionFieldError(t, problem, 'titleEn')}
      />
      <MarkdownField
        label={t('collections.form.descriptionUk')}
        name="descriptionUk"
        lang="uk"
        value={values.descriptionUk}
        onChange={(descriptionUk) => onChange({ descriptionUk })}
        error={collectionFieldError(t, problem, 'descriptionUk')}
      />
      <VisibilityField value={values.visibility} onChange={(visibility) => onChange({ visibility })} />
    </>
  );
}
