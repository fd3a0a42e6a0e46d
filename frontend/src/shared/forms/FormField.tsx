import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { describedBy, HintAndError } from './fields';

interface FormFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** The message for this field, already translated. */
  error?: string | undefined;
  hint?: string;
  children?: ReactNode;
}

/** A labelled input that takes any input attribute (type, autoComplete…); its hint and error are read out with it. */
export function FormField({ label, error, hint, children, ...input }: FormFieldProps) {
  const id = useId();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error}>
        {children ?? <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />}
      </HintAndError>
    </div>
  );
}
