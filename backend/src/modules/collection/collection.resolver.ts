import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { InvitationService } from '../invitation/invitation.service.js';
import { SentInvitationType } from '../invitation/invitation.type.js';
import type { Context } from '../../graphql/context.js';
import { MARKDOWN_HTML_FIELD, renderMarkdown } from '../../markdown/markdown.js';
import { requireUser } from '../account/authz.js';
import { collectionAccess, type CollectionAccess } from './collection.access.js';
import { CollectionService } from './collection.service.js';
import { CollectionItemType, CollectionType, CuratorType } from './collection.type.js';

/** The caller's rights on a collection, from the per-request co-curator loader. */
async function viewerAccess(c: CollectionType, { user, loaders }: Context): Promise<CollectionAccess> {
  const coCuratorIds = user ? (await loaders.collectionCoCurators.load(c.id)).map((r) => r.user.id) : [];
  return collectionAccess(user, { ownerId: c.ownerId, visibility: c.visibility, coCuratorIds });
}

@Resolver(() => CollectionType)
export class CollectionResolver {
  @Query(() => CollectionType, {
    nullable: true,
    description: 'A collection by slug: public ones for everybody, others only for their curators and admins; null otherwise.',
  })
  async collection(@Arg('slug', () => String) slug: string, @Ctx() { em, user }: Context): Promise<CollectionType | null> {
    const row = await new CollectionService(em).bySlug(user, slug);
    return row ? CollectionType.from(row) : null;
  }

  @Query(() => CollectionType, {
    nullable: true,
    description:
      'A collection by the token in its link: unlisted and public ones for anyone holding it; private ones only for their curators. Public.',
  })
  async sharedCollection(@Arg('token', () => String) token: string, @Ctx() { em, user }: Context): Promise<CollectionType | null> {
    const row = await new CollectionService(em).byShareToken(user, token);
    return row ? CollectionType.from(row) : null;
  }

  @Query(() => [CollectionType], { description: 'Public collections, most recently updated first. Public.' })
  async collections(@Ctx() { em }: Context): Promise<CollectionType[]> {
    return (await new CollectionService(em).publicList()).map(CollectionType.from);
  }

  @Query(() => [CollectionType], { description: 'Collections the caller owns or co-curates, most recently updated first. Signed in.' })
  async myCollections(@Ctx() { em, user }: Context): Promise<CollectionType[]> {
    const me = requireUser(user);
    return (await new CollectionService(em).mine(me)).map(CollectionType.from);
  }

  @FieldResolver(() => [CollectionItemType], { description: 'Items whose practice or case study is published, in order.' })
  async items(@Root() c: CollectionType, @Ctx() { loaders }: Context): Promise<CollectionItemType[]> {
    return (await loaders.collectionItems.load(c.id)).map((item, i) => CollectionItemType.from(item, i + 1));
  }

  @FieldResolver(() => CuratorType, {
    nullable: true,
    description: "The owner's display name, or the stored curator name of an editorial collection.",
  })
  async curator(@Root() c: CollectionType, @Ctx() ctx: Context): Promise<CuratorType | null> {
    if (!c.ownerId) return c.curatorNameUk ? Object.assign(new CuratorType(), { displayName: c.curatorNameUk, userId: null }) : null;
    const [owner, access] = await Promise.all([ctx.loaders.user.load(c.ownerId), viewerAccess(c, ctx)]);
    if (!owner) return null;
    return Object.assign(new CuratorType(), { displayName: owner.displayName, userId: access.edit ? owner.id : null });
  }

  @FieldResolver(() => [CuratorType], { description: 'Co-curators, in the order they were added: display names only.' })
  async coCurators(@Root() c: CollectionType, @Ctx() ctx: Context): Promise<CuratorType[]> {
    const [rows, access] = await Promise.all([ctx.loaders.collectionCoCurators.load(c.id), viewerAccess(c, ctx)]);
    return rows.map((r) => Object.assign(new CuratorType(), { displayName: r.user.displayName, userId: access.edit ? r.user.id : null }));
  }

  @FieldResolver(() => [SentInvitationType], {
    nullable: true,
    description: 'Co-curator invitations not yet answered, oldest first; only for those who may invite (owner, admins).',
  })
  async invitations(@Root() c: CollectionType, @Ctx() ctx: Context): Promise<SentInvitationType[] | null> {
    if (!(await viewerAccess(c, ctx)).manage) return null;
    return (await new InvitationService(ctx.em).waitingFor('collection', c.id)).map((i) => SentInvitationType.from(i));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The secret for the link (see sharedCollection); given only to its curators and admins.',
  })
  async shareToken(@Root() c: CollectionType, @Ctx() ctx: Context): Promise<string | null> {
    return (await viewerAccess(c, ctx)).edit ? c.shareToken : null;
  }

  @FieldResolver(() => Boolean, { description: 'May the caller add, remove, move items and edit notes?' })
  async viewerCanEdit(@Root() c: CollectionType, @Ctx() ctx: Context): Promise<boolean> {
    return (await viewerAccess(c, ctx)).edit;
  }

  @FieldResolver(() => Boolean, { description: 'May the caller change the title, visibility and co-curators, or delete it?' })
  async viewerCanManage(@Root() c: CollectionType, @Ctx() ctx: Context): Promise<boolean> {
    return (await viewerAccess(c, ctx)).manage;
  }

  @FieldResolver(() => String, MARKDOWN_HTML_FIELD)
  descriptionHtml(@Root() c: CollectionType): string | null {
    return renderMarkdown(c.descriptionUk);
  }
}
