import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { startSession } from './account.resolver.js';
import { AccountType } from './account.type.js';
import { ResetPasswordInput } from './account.input.js';
import { requireRole } from './authz.js';
import { PasswordResetService } from './password-reset.service.js';

@Resolver()
export class PasswordResetResolver {
  @Query(() => Boolean, { description: 'Whether a forgotten password can be reset by e-mail here (else an admin issues a link). Public.' })
  passwordResetByEmail(@Ctx() { mail }: Context): boolean {
    return mail !== null;
  }

  @Mutation(() => Boolean, {
    description: 'Mails a one-hour reset link when the address has an account; true either way. Limited per address. Public.',
  })
  async requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.mail) await new PasswordResetService(ctx.em).request(email.slice(0, 254), ctx.http.ip, ctx.mail);
    return true;
  }

  @Mutation(() => AccountType, {
    description: 'Sets a new password with a reset link’s token, ends every session of the account and signs in. Public.',
  })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context): Promise<AccountType> {
    return startSession(ctx, await new PasswordResetService(ctx.em).reset(input.token, input.newPassword));
  }

  @Mutation(() => String, {
    description: 'A one-time reset link (a path: /reset-password#…) for someone without e-mail, valid an hour. Admins.',
  })
  async issuePasswordResetLink(@Arg('userId', () => ID) userId: string, @Ctx() { em, user }: Context): Promise<string> {
    requireRole(user, ['admin']);
    return new PasswordResetService(em).issueFor(userId);
  }
}
