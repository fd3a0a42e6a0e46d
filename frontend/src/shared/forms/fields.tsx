import { useId, type ReactNode } from 'react';

interface Described {
  label: string;
  hint?: string | undefined;
  /** Already translated. */
  error?: string | undefined;
  /** The API's name of the field, so the first field at fault can be found and focused. */
  path?: string;
}

/** The ids of a field's hint and error, for its control's aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** A field's hint above its control and its error below, each with the id describedBy names. */
export function HintAndError({
  id,
  hint,
  error,
  children,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}

interface TextFieldProps extends Described {
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'number';
  inputMode?: 'numeric' | 'decimal';
  lang?: string;
  name?: string;
  autoComplete?: string;
}

/** A labelled text input or text area whose hint and error are read out with it. */
export function TextField({
  label,
  hint,
  error,
  path,
  value,
  onChange,
  required,
  multiline,
  rows = 4,
  type = 'text',
  inputMode,
  lang,
  name,
}: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    name,
    value,
    lang,
    required,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    'data-path': path,
  } as const;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className={required ? 'is-required' : undefined}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error}>
        {multiline ? (
          <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} type={type} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
        )}
      </HintAndError>
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends Described {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  /** The choice meaning "none"; left out when a value is required. */
  emptyLabel?: string;
  required?: boolean;
}

export function SelectField({ label, hint, error, path, value, onChange, options, emptyLabel, required }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className={required ? 'is-required' : undefined}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error}>
        <select
          id={id}
          value={value}
          required={required}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          data-path={path}
          onChange={(e) => onChange(e.target.value)}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </HintAndError>
    </div>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function Checkbox({ label, checked, onChange, hint }: CheckboxProps) {
  const id = useId();
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface CheckboxGroupProps extends Described {
  options: readonly Option[];
  /** In the order they were chosen. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  required?: boolean;
  /** Marks the first chosen option, e.g. "main theme". */
  firstMark?: string;
}

/** A fieldset of checkboxes; what is chosen keeps the order it was chosen in. */
export function CheckboxGroup({ label, hint, error, path, options, value, onChange, required, firstMark }: CheckboxGroupProps) {
  const id = useId();
  return (
    <fieldset
      className={error ? 'field choice-group field--invalid' : 'field choice-group'}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
      data-path={path}
      tabIndex={error ? -1 : undefined}
    >
      <legend className={required ? 'is-required' : undefined}>{label}</legend>
      <HintAndError id={id} hint={hint} error={error}>
        <ul>
          {options.map((o) => {
            const checked = value.includes(o.value);
            return (
              <li key={o.value}>
                <Checkbox
                  label={o.label}
                  checked={checked}
                  onChange={(on) => onChange(on ? [...value, o.value] : value.filter((v) => v !== o.value))}
                />
                {firstMark && value[0] === o.value && <span className="choice-group__mark">{firstMark}</span>}
              </li>
            );
          })}
        </ul>
      </HintAndError>
    </fieldset>
  );
}
