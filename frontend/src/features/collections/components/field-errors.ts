import type { TFunction } from '@/i18n/react';
import type { ApiErrorCode, ApiProblem, MessageKey } from '@/shared/errors/api-error';

// The collection forms' own fields, by the name the API gives them, then by code.
const MESSAGES: Record<string, Partial<Record<ApiErrorCode, MessageKey>>> = {
  titleUk: { BAD_USER_INPUT: 'collections.errors.title' },
  titleEn: { BAD_USER_INPUT: 'collections.errors.title' },
  descriptionUk: { BAD_USER_INPUT: 'collections.errors.description' },
  descriptionEn: { BAD_USER_INPUT: 'collections.errors.description' },
  visibility: { BAD_USER_INPUT: 'collections.errors.visibility' },
  noteUk: { BAD_USER_INPUT: 'collections.errors.note' },
  email: { BAD_USER_INPUT: 'collections.errors.coCuratorEmail', CONFLICT: 'collections.errors.coCuratorTaken' },
  practiceId: { BAD_USER_INPUT: 'collections.errors.notPublished', CONFLICT: 'collections.errors.alreadyIn' },
  caseStudyId: { BAD_USER_INPUT: 'collections.errors.notPublished', CONFLICT: 'collections.errors.alreadyIn' },
  collectionId: { CONFLICT: 'collections.errors.full', NOT_FOUND: 'collections.errors.collectionGone' },
  version: { CONFLICT: 'collections.errors.conflict' },
};

/** The translated message for `field` when the API named it in `problem`; undefined otherwise. */
export function collectionFieldError(t: TFunction, problem: ApiProblem | null, field: string): string | undefined {
  const code = problem?.fields[field];
  if (!code) return undefined;
  return t(MESSAGES[field]?.[code] ?? 'errors.field.invalid');
}

/** A message for the whole request, unless the form shows the problem next to its fields. */
export function formLevelProblem(problem: ApiProblem | null): ApiProblem | null {
  return problem && Object.keys(problem.fields).length === 0 ? problem : null;
}
