import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import { fieldMessageKey, toApiProblem, type ApiProblem } from './api-error';

/** A mutation's error as the form shows it: the problem, and one translated message per field at fault. */
export function useApiProblem(error: unknown): { problem: ApiProblem | null; fieldError: (field: string) => string | undefined } {
  const { t } = useTranslation();
  const problem = useMemo(() => (error ? toApiProblem(error) : null), [error]);
  const fieldError = (field: string) => {
    const code = problem?.fields[field];
    return code ? t(fieldMessageKey(field, code)) : undefined;
  };
  return { problem, fieldError };
}
