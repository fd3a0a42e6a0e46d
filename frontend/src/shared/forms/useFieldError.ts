import { useTranslation } from '@/i18n/react';
import { problemAt, problemMessage, type FieldProblems } from './problems';

/** The translated message for the field at `path`, or undefined when it is fine. */
export function useFieldError(problems: FieldProblems) {
  const { t } = useTranslation();
  return (path: string) => {
    const problem = problemAt(problems, path);
    return problem ? problemMessage(t, problem) : undefined;
  };
}
