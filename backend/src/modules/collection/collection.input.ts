import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { TrimmedLength } from '../../graphql/validators.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CollectionVisibilityEnum } from '../../graphql/enums.js';
import { COLLECTION_VISIBILITIES, type CollectionVisibility } from '../catalog/catalog.limits.js';
import { COLLECTION_LIMITS as L } from './collection.limits.js';

const given = (field: string) => ValidateIf((o: Record<string, unknown>) => o[field] !== undefined);
const VISIBILITY = { message: `visibility must be one of ${COLLECTION_VISIBILITIES.join(', ')}` };

@InputType('CreateCollectionInput')
export class CreateCollectionInput {
  @Field(() => String, { description: `${L.titleMin}–${L.title} characters.` })
  @TrimmedLength(L.titleMin, L.title)
  titleUk!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimmedLength(L.titleMin, L.title)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: `Markdown, up to ${L.description} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(L.description)
  descriptionUk?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(L.description)
  descriptionEn?: string | null;

  @Field(() => CollectionVisibilityEnum, { nullable: true, description: 'PRIVATE when left out.' })
  @IsOptional()
  @IsIn([...COLLECTION_VISIBILITIES], VISIBILITY)
  visibility?: CollectionVisibility | null;
}

/** Fields left out stay as they are; `version` is the one the caller last read. */
@InputType('UpdateCollectionInput')
export class UpdateCollectionInput {
  @Field(() => Int, { description: 'The version last read; a stale one gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: `${L.titleMin}–${L.title} characters; cannot be cleared.` })
  @given('titleUk')
  @TrimmedLength(L.titleMin, L.title)
  titleUk?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @TrimmedLength(L.titleMin, L.title)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown; null or empty clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(L.description)
  descriptionUk?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(L.description)
  descriptionEn?: string | null;

  @Field(() => CollectionVisibilityEnum, { nullable: true })
  @given('visibility')
  @IsIn([...COLLECTION_VISIBILITIES], VISIBILITY)
  visibility?: CollectionVisibility;
}

@InputType('AddCollectionItemInput', { description: 'Exactly one of practiceId or caseStudyId, of a published record.' })
export class AddCollectionItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'collectionId must be an id' })
  collectionId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'practiceId must be an id' })
  practiceId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'caseStudyId must be an id' })
  caseStudyId?: string | null;

  @Field(() => String, { nullable: true, description: `The curator's note, up to ${L.note} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(L.note)
  noteUk?: string | null;
}

@InputType('UpdateCollectionItemNoteInput')
export class UpdateCollectionItemNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be an id' })
  itemId!: string;

  @Field(() => String, { nullable: true, description: `Up to ${L.note} characters; null or empty clears it.` })
  @IsOptional()
  @IsString()
  @MaxLength(L.note)
  noteUk?: string | null;
}
