import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A string whose length, once trimmed, lies in [min, max]: ten spaces are not a title. Rule `length`. */
export function TrimmedLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'trimmedLength',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length >= min && value.trim().length <= max,
        defaultMessage: (args) => `${args?.property} must be ${min}–${max} characters`,
      },
    },
    { ...options, context: { rule: 'length', min, max } },
  );
}
