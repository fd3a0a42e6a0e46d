import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Collection } from './collection.entity.js';
import { CollectionItemType, CollectionType } from './collection.type.js';

@Resolver(() => CollectionType)
export class CollectionResolver {
  @Query(() => CollectionType, {
    nullable: true,
    description: 'A public or unlisted (link-shared) collection by slug; null otherwise. Public.',
  })
  async collection(@Arg('slug', () => String) slug: string, @Ctx() { em }: Context): Promise<CollectionType | null> {
    const row = await em.findOne(Collection, { slug, visibility: { $in: ['public', 'unlisted'] } });
    return row ? CollectionType.from(row) : null;
  }

  @Query(() => [CollectionType], { description: 'Public collections, most recently updated first. Public.' })
  async collections(@Ctx() { em }: Context): Promise<CollectionType[]> {
    const rows = await em.find(Collection, { visibility: 'public' }, { orderBy: { updatedAt: 'desc', id: 'asc' }, limit: 100 });
    return rows.map(CollectionType.from);
  }

  @FieldResolver(() => [CollectionItemType], { description: 'Items whose practice or case study is published, in order.' })
  async items(@Root() c: CollectionType, @Ctx() { loaders }: Context): Promise<CollectionItemType[]> {
    return (await loaders.collectionItems.load(c.id)).map((item, i) => CollectionItemType.from(item, i + 1));
  }
}
