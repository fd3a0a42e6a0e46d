import type { Vocabulary } from '../hooks/useVocabulary';
import type { FieldProblems } from '@/shared/forms/problems';

/** What an editor gives the fields of its form. */
export interface FormProps<F> {
  form: F;
  setForm: (update: (form: F) => F) => void;
  problems: FieldProblems;
  vocabulary: Vocabulary;
}
