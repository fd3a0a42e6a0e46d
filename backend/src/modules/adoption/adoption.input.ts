import type { FieldRule } from '../../graphql/field-rules.js';
import { TrimmedLength } from '../../graphql/validators.js';
import {
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  type ValidationArguments,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { todayInUkraine } from '../catalog/calendar.js';
import { ADOPTION_LIMITS } from './adoption.limits.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a value is not an acceptable adoption date, or null when it is. */
function adoptionDateProblem(value: unknown): { rule: FieldRule; message: string } | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return { rule: 'date', message: 'must be a date written YYYY-MM-DD' };
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    return { rule: 'date', message: 'must be a real calendar date' };
  }
  if (value < ADOPTION_LIMITS.earliestOn) return { rule: 'tooEarly', message: `must not be before ${ADOPTION_LIMITS.earliestOn}` };
  if (value > todayInUkraine()) return { rule: 'future', message: 'must not be in the future' };
  return null;
}

function IsAdoptionDate(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAdoptionDate',
      validator: {
        validate: (value: unknown) => adoptionDateProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => `${args?.property} ${adoptionDateProblem(args?.value)?.message}`,
      },
    },
    { context: { ruleOf: (value: unknown) => adoptionDateProblem(value)?.rule ?? 'invalid' } },
  );
}

@InputType('ReportAdoptionInput', { description: 'A "we tried it here" report, filed for your own organisation.' })
export class ReportAdoptionInput {
  @Field(() => ID, { description: 'A published practice.' })
  @IsUUID('all', { message: 'practiceId must be an id' })
  practiceId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Your organisation, as the form showed it. Optional; when given it must be yours, so a report is never filed for ' +
      'another organisation because your profile changed meanwhile.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId?: string | null;

  @Field(() => String, { description: `ISO date, from ${ADOPTION_LIMITS.earliestOn} to today.` })
  @IsAdoptionDate()
  adoptedOn!: string;

  @Field(() => String, { nullable: true, description: `What you changed; up to ${ADOPTION_LIMITS.changes} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(ADOPTION_LIMITS.changes)
  changesUk?: string | null;

  @Field(() => String, { description: `What happened; ${ADOPTION_LIMITS.resultMin}–${ADOPTION_LIMITS.result} characters.` })
  @TrimmedLength(ADOPTION_LIMITS.resultMin, ADOPTION_LIMITS.result)
  resultUk!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(ADOPTION_LIMITS.participantsMax)
  participantCount?: number | null;
}

/**
 * Fields left out stay as they are; null clears the optional ones. (type-graphql skips null values
 * unless a rule is `IsDefined`, hence the pairs below for the fields a report cannot lose.)
 */
@InputType('UpdateAdoptionInput')
export class UpdateAdoptionInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((o: UpdateAdoptionInput) => o.adoptedOn !== undefined)
  @IsDefined({ message: 'adoptedOn cannot be cleared' })
  @IsAdoptionDate()
  adoptedOn?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(ADOPTION_LIMITS.changes)
  changesUk?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((o: UpdateAdoptionInput) => o.resultUk !== undefined)
  @IsDefined({ message: 'resultUk cannot be cleared' })
  @TrimmedLength(ADOPTION_LIMITS.resultMin, ADOPTION_LIMITS.result)
  resultUk?: string;

  @Field(() => Int, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(ADOPTION_LIMITS.participantsMax)
  participantCount?: number | null;
}

@ArgsType()
export class HideAdoptionArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: `Why, for the author and other moderators; ${ADOPTION_LIMITS.hideReasonMin}–${ADOPTION_LIMITS.hideReason} characters.`,
  })
  @TrimmedLength(ADOPTION_LIMITS.hideReasonMin, ADOPTION_LIMITS.hideReason)
  reason!: string;
}
