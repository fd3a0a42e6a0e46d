import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SLUG_PATTERN } from '../catalog/catalog.limits.js';
import { ACCOUNT_LIMITS } from './account.limits.js';

// Password rules beyond length live in password.ts, where the common-password list is.

@InputType()
export class RegisterInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(ACCOUNT_LIMITS.email)
  email!: string;

  @Field(() => String)
  @MaxLength(ACCOUNT_LIMITS.passwordMax)
  password!: string;

  @Field(() => String)
  @Length(ACCOUNT_LIMITS.displayNameMin, ACCOUNT_LIMITS.displayName)
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Slug of the organisation the user works for.' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'must be a slug' })
  organization?: string | null;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  @MaxLength(ACCOUNT_LIMITS.email)
  email!: string;

  @Field(() => String)
  @MaxLength(ACCOUNT_LIMITS.passwordMax)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MaxLength(ACCOUNT_LIMITS.passwordMax)
  currentPassword!: string;

  @Field(() => String)
  @MaxLength(ACCOUNT_LIMITS.passwordMax)
  newPassword!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the reset link (after #).' })
  @MaxLength(128)
  token!: string;

  @Field(() => String)
  @MaxLength(ACCOUNT_LIMITS.passwordMax)
  newPassword!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(ACCOUNT_LIMITS.displayNameMin, ACCOUNT_LIMITS.displayName)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation slug; an empty string leaves the organisation.' })
  @IsOptional()
  @Matches(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be a slug' })
  organization?: string | null;
}
