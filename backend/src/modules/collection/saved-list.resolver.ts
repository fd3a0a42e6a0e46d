import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireUser } from '../account/authz.js';
import { CollectionType } from './collection.type.js';
import { SavedListService } from './saved-list.service.js';

/** The signed-in person's own saved list (any role), to read, print and take offline. */
@Resolver()
export class SavedListResolver {
  @Query(() => CollectionType, { nullable: true, description: "The caller's saved list; null before their first save. Signed in." })
  async mySavedList(@Ctx() { em, user }: Context): Promise<CollectionType | null> {
    const list = await new SavedListService(em).find(requireUser(user));
    return list ? CollectionType.from(list) : null;
  }

  @Mutation(() => CollectionType, {
    description: "Adds a published practice or case study (exactly one id) to the caller's saved list, made on first use. Signed in.",
  })
  async saveToMyList(
    @Ctx() { em, user }: Context,
    @Arg('practiceId', () => ID, { nullable: true }) practiceId?: string | null,
    @Arg('caseStudyId', () => ID, { nullable: true }) caseStudyId?: string | null,
  ): Promise<CollectionType> {
    const me = requireUser(user);
    return CollectionType.from(await new SavedListService(em).save(me, { practiceId, caseStudyId }));
  }
}
