import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Oblast } from '../geography/oblast.entity.js';
import { Audience, Format, Theme } from './taxonomy.entity.js';
import { AudienceType, FormatType, OblastType, ThemeType } from './taxonomy.type.js';

@Resolver()
export class TaxonomyResolver {
  @Query(() => [ThemeType], { description: 'Every theme, in display order. Public.' })
  async themes(@Ctx() { em }: Context): Promise<ThemeType[]> {
    return (await em.find(Theme, {}, { orderBy: { position: 'asc' } })).map((t) => ThemeType.fromTerm(t));
  }

  @Query(() => [AudienceType], { description: 'Every audience, in display order. Public.' })
  async audiences(@Ctx() { em }: Context): Promise<AudienceType[]> {
    return (await em.find(Audience, {}, { orderBy: { position: 'asc' } })).map((t) => AudienceType.fromTerm(t));
  }

  @Query(() => [FormatType], { description: 'Every format, in display order. Public.' })
  async formats(@Ctx() { em }: Context): Promise<FormatType[]> {
    return (await em.find(Format, {}, { orderBy: { position: 'asc' } })).map((t) => FormatType.fromTerm(t));
  }

  @Query(() => [OblastType], { description: 'Every oblast, by Ukrainian name. Public.' })
  async oblasts(@Ctx() { em }: Context): Promise<OblastType[]> {
    const rows = await em.find(Oblast, {});
    return rows.sort((a, b) => a.nameUk.localeCompare(b.nameUk, 'uk')).map((t) => OblastType.fromTerm(t));
  }
}
