import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CURATORS, requireRole, requireUser } from '../account/authz.js';
import { CollectionItemsService } from './collection-items.service.js';
import { AddCollectionItemInput, CreateCollectionInput, UpdateCollectionInput, UpdateCollectionItemNoteInput } from './collection.input.js';
import { CollectionService } from './collection.service.js';
import { CollectionType } from './collection.type.js';

/**
 * Writes to collections. Creating and copying are for trainers and admins; the service checks the
 * per-collection rule (owner, co-curator, admin) on the locked row.
 */
@Resolver()
export class CollectionMutationResolver {
  @Mutation(() => CollectionType, { description: 'A new collection owned by the caller, PRIVATE unless said otherwise. Trainers, admins.' })
  async createCollection(@Arg('input', () => CreateCollectionInput) input: CreateCollectionInput, @Ctx() { em, user }: Context) {
    const me = requireRole(user, CURATORS);
    return CollectionType.from(await new CollectionService(em).create(me, input));
  }

  @Mutation(() => CollectionType, { description: 'Title, description, visibility. Owner, admins.' })
  async updateCollection(
    @Arg('id', () => ID) id: string,
    // Checks null too (the schema default skips it): null clears an optional field but not titleUk.
    @Arg('input', () => UpdateCollectionInput, { validate: { skipMissingProperties: false } }) input: UpdateCollectionInput,
    @Ctx() { em, user }: Context,
  ) {
    const me = requireUser(user);
    return CollectionType.from(await new CollectionService(em).update(me, id, input));
  }

  @Mutation(() => Boolean, { description: 'Deletes the collection with its items. Owner, admins.' })
  async deleteCollection(@Arg('id', () => ID) id: string, @Ctx() { em, user }: Context): Promise<boolean> {
    const me = requireUser(user);
    return new CollectionService(em).remove(me, id);
  }

  @Mutation(() => CollectionType, {
    description:
      'Invites a co-curator by e-mail; they join when they accept. The same answer whether or not an account uses the address. Owner, admins.',
  })
  async addCollectionCoCurator(
    @Arg('collectionId', () => ID) collectionId: string,
    @Arg('email', () => String) email: string,
    @Ctx() { em, user }: Context,
  ) {
    const me = requireUser(user);
    return CollectionType.from(await new CollectionService(em).addCoCurator(me, collectionId, email));
  }

  @Mutation(() => CollectionType, { description: 'Owner, admins.' })
  async removeCollectionCoCurator(
    @Arg('collectionId', () => ID) collectionId: string,
    @Arg('userId', () => ID, { description: 'Curator.userId as the owner sees it.' }) userId: string,
    @Ctx() { em, user }: Context,
  ) {
    const me = requireUser(user);
    return CollectionType.from(await new CollectionService(em).removeCoCurator(me, collectionId, userId));
  }

  @Mutation(() => CollectionType, { description: 'Appends a published practice or case study with a note. Owner, co-curators, admins.' })
  async addCollectionItem(@Arg('input', () => AddCollectionItemInput) input: AddCollectionItemInput, @Ctx() { em, user }: Context) {
    const me = requireUser(user);
    return CollectionType.from(await new CollectionItemsService(em).add(me, input));
  }

  @Mutation(() => CollectionType, { description: 'Owner, co-curators, admins.' })
  async updateCollectionItemNote(
    @Arg('input', () => UpdateCollectionItemNoteInput) input: UpdateCollectionItemNoteInput,
    @Ctx() { em, user }: Context,
  ) {
    const me = requireUser(user);
    return CollectionType.from(await new CollectionItemsService(em).updateNote(me, input));
  }

  @Mutation(() => CollectionType, { description: 'Owner, co-curators, admins.' })
  async removeCollectionItem(@Arg('itemId', () => ID) itemId: string, @Ctx() { em, user }: Context) {
    const me = requireUser(user);
    return CollectionType.from(await new CollectionItemsService(em).remove(me, itemId));
  }

  @Mutation(() => CollectionType, {
    description: 'Moves an item to a position (1 = first) of the list as readers see it; the rest shift. Owner, co-curators, admins.',
  })
  async moveCollectionItem(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('position', () => Int) position: number,
    @Ctx() { em, user }: Context,
  ) {
    const me = requireUser(user);
    return CollectionType.from(await new CollectionItemsService(em).move(me, itemId, position));
  }

  @Mutation(() => CollectionType, {
    description:
      'A private copy, owned by the caller, of a public collection (by id) or an unlisted one (by its link token). Trainers, admins.',
  })
  async copyCollection(
    @Ctx() { em, user }: Context,
    @Arg('collectionId', () => ID, { nullable: true }) collectionId?: string | null,
    @Arg('shareToken', () => String, { nullable: true }) shareToken?: string | null,
  ) {
    const me = requireRole(user, CURATORS);
    return CollectionType.from(await new CollectionService(em).copy(me, { collectionId, shareToken }));
  }
}
