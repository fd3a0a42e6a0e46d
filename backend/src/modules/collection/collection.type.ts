import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { CollectionVisibilityEnum } from '../../graphql/enums.js';
import { CaseStudyType } from '../case-study/case-study.type.js';
import type { CollectionVisibility } from '../catalog/catalog.limits.js';
import { PracticeType } from '../practice/practice.type.js';
import type { Collection, CollectionItem } from './collection.entity.js';

export const CollectionTarget = createUnionType({
  name: 'CollectionTarget',
  types: () => [PracticeType, CaseStudyType] as const,
  resolveType: (value) => (value instanceof PracticeType ? PracticeType : CaseStudyType),
});

@ObjectType('CollectionItem')
export class CollectionItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Starts at 1, in the curator’s order.' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'The curator’s note for this item.' })
  noteUk!: string | null;

  @Field(() => CollectionTarget)
  target!: PracticeType | CaseStudyType;

  static from(item: CollectionItem, position: number): CollectionItemType {
    return Object.assign(new CollectionItemType(), {
      id: item.id,
      position,
      noteUk: item.noteUk ?? null,
      target: item.practice ? PracticeType.from(item.practice) : CaseStudyType.from(item.caseStudy!),
    });
  }
}

@ObjectType('Curator', { description: 'Who curates a collection. Never an email.' })
export class CuratorType {
  @Field(() => String)
  displayName!: string;

  @Field(() => ID, { nullable: true, description: "The account's id; given only to the collection's curators and admins." })
  userId!: string | null;
}

@ObjectType('Collection', { description: 'A curated, ordered set of practices and case studies.' })
export class CollectionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  titleUk!: string;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field(() => String, { description: 'Markdown.' })
  descriptionUk!: string;

  @Field(() => String, { nullable: true })
  descriptionEn!: string | null;

  @Field(() => CollectionVisibilityEnum)
  visibility!: CollectionVisibility;

  @Field(() => Int, { description: 'Send it back with updateCollection; it changes whenever the collection does.' })
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;

  ownerId!: string | null;
  curatorNameUk!: string | null;
  shareToken!: string;

  static from(c: Collection): CollectionType {
    return Object.assign(new CollectionType(), {
      id: c.id,
      slug: c.slug,
      titleUk: c.titleUk,
      titleEn: c.titleEn ?? null,
      descriptionUk: c.descriptionUk,
      descriptionEn: c.descriptionEn ?? null,
      visibility: c.visibility,
      version: c.version,
      updatedAt: c.updatedAt,
      ownerId: c.owner?.id ?? null,
      curatorNameUk: c.curatorNameUk ?? null,
      shareToken: c.shareToken,
    });
  }
}
