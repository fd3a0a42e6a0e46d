import { Field, InterfaceType, ObjectType } from 'type-graphql';

@InterfaceType('Term', { description: 'A term of a controlled vocabulary: a stable slug with Ukrainian and English names.' })
export abstract class TermType {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  nameUk!: string;

  @Field(() => String)
  nameEn!: string;

  static fromTerm<T extends TermType>(this: new () => T, term: { slug: string; nameUk: string; nameEn: string }): T {
    return Object.assign(new this(), { slug: term.slug, nameUk: term.nameUk, nameEn: term.nameEn });
  }
}

@ObjectType('Theme', { implements: TermType })
export class ThemeType extends TermType {}

@ObjectType('Audience', { implements: TermType })
export class AudienceType extends TermType {}

@ObjectType('Format', { implements: TermType })
export class FormatType extends TermType {}

@ObjectType('Oblast', { implements: TermType })
export class OblastType extends TermType {}
