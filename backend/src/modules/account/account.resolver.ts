import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RoleEnum } from '../../graphql/enums.js';
import { checkPageSize } from '../../graphql/pagination.js';
import { OrganizationType } from '../organization/organization.type.js';
import type { Role } from './account.limits.js';
import { ChangePasswordInput, LoginInput, RegisterInput, UpdateProfileInput } from './account.input.js';
import { AccountService, type SignedIn } from './account.service.js';
import { AccountType, PersonType } from './account.type.js';
import { requireRole, requireUser } from './authz.js';
import { closeSession, hashToken } from './session.service.js';
import { User } from './user.entity.js';

export function startSession(ctx: Context, signedIn: SignedIn): AccountType {
  ctx.http.setSessionCookie(signedIn.token, signedIn.expiresAt);
  return AccountType.from(signedIn.user);
}

@Resolver(() => PersonType)
export class PersonResolver {
  @FieldResolver(() => OrganizationType, { nullable: true })
  async organization(@Root() p: PersonType, @Ctx() { loaders }: Context): Promise<OrganizationType | null> {
    if (!p.organizationId) return null;
    const row = await loaders.organization.load(p.organizationId);
    return row ? OrganizationType.from(row) : null;
  }
}

@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => AccountType, { nullable: true, description: 'The signed-in user; null when signed out. Public.' })
  async me(@Ctx() { em, user }: Context): Promise<AccountType | null> {
    if (!user) return null;
    const row = await em.findOne(User, user.id);
    return row ? AccountType.from(row) : null;
  }

  @Mutation(() => AccountType, { description: 'Creates a librarian account and signs it in. Limited per address and hour. Public.' })
  async register(@Arg('input', () => RegisterInput) input: RegisterInput, @Ctx() ctx: Context): Promise<AccountType> {
    return startSession(ctx, await new AccountService(ctx.em).register(input, ctx.http.ip, ctx.limits.registrationsPerHour));
  }

  @Mutation(() => AccountType, {
    description: 'Signs in with a new session. Failures pause the (account, address) pair and slow the account and the address. Public.',
  })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<AccountType> {
    return startSession(ctx, await new AccountService(ctx.em).login(input, ctx.http.ip));
  }

  @Mutation(() => Boolean, { description: 'Ends this session. Public (a no-op when signed out).' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await closeSession(ctx.em, ctx.http.sessionToken);
    ctx.http.clearSessionCookie();
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session. Signed in.' })
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    const user = requireUser(ctx.user);
    const keep = ctx.http.sessionToken ? hashToken(ctx.http.sessionToken) : null;
    await new AccountService(ctx.em).changePassword(user, input, keep, ctx.http.ip);
    return true;
  }

  @Mutation(() => AccountType, { description: 'Changes your display name or organisation. Signed in.' })
  async updateMyProfile(@Arg('input', () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() ctx: Context): Promise<AccountType> {
    const user = requireUser(ctx.user);
    return AccountType.from(await new AccountService(ctx.em).updateProfile(user, input));
  }

  @Mutation(() => AccountType, { description: 'Gives a user a role. Admin.' })
  async setUserRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: Context,
  ): Promise<AccountType> {
    const admin = requireRole(ctx.user, ['admin']);
    return AccountType.from(await new AccountService(ctx.em).setRole(userId, role, admin.id));
  }

  @Query(() => [AccountType], { description: 'Accounts, newest first, optionally by email or name fragment (≤ 100). Admin.' })
  async users(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<AccountType[]> {
    requireRole(ctx.user, ['admin']);
    const limit = checkPageSize(first, 'first');
    const like = search
      ? `%${search
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      : null;
    const rows = await ctx.em.find(User, like ? { $or: [{ email: { $like: like } }, { displayName: { $ilike: like } }] } : {}, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit,
    });
    return rows.map(AccountType.from);
  }
}
