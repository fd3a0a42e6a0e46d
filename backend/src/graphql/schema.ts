import 'reflect-metadata';
import './enums.js';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { checkArgumentsOf } from './argument-checks.js';
import { AccountResolver, PersonResolver } from '../modules/account/account.resolver.js';
import { MembershipResolver } from '../modules/account/membership.resolver.js';
import { PasswordResetResolver } from '../modules/account/password-reset.resolver.js';
import { ContributionResolver } from '../modules/contribution/contribution.resolver.js';
import { ContributionReviewResolver, ReviewResolver } from '../modules/review/review.resolver.js';
import { OrganizationAdoptionResolver, PracticeAdoptionResolver } from '../modules/adoption/adoption-read.resolver.js';
import { AdoptionResolver } from '../modules/adoption/adoption.resolver.js';
import { NotificationResolver } from '../modules/notification/notification.resolver.js';
import { ContributionInvitationResolver, InvitationResolver } from '../modules/invitation/invitation.resolver.js';
import { CaseStudyResolver } from '../modules/case-study/case-study.resolver.js';
import { CollectionMutationResolver } from '../modules/collection/collection.mutation.resolver.js';
import { CollectionResolver } from '../modules/collection/collection.resolver.js';
import { SavedListResolver } from '../modules/collection/saved-list.resolver.js';
import { CommunityResolver, PartnershipResolver } from '../modules/geography/community.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { PracticeResolver, PracticeStepResolver } from '../modules/practice/practice.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { TaxonomyResolver } from '../modules/taxonomy/taxonomy.resolver.js';

export const resolvers = [
  AccountResolver,
  PersonResolver,
  MembershipResolver,
  PasswordResetResolver,
  TaxonomyResolver,
  CommunityResolver,
  PartnershipResolver,
  OrganizationResolver,
  PracticeResolver,
  PracticeStepResolver,
  CaseStudyResolver,
  CollectionResolver,
  CollectionMutationResolver,
  SavedListResolver,
  SearchResolver,
  ContributionResolver,
  ReviewResolver,
  ContributionReviewResolver,
  AdoptionResolver,
  PracticeAdoptionResolver,
  OrganizationAdoptionResolver,
  NotificationResolver,
  InvitationResolver,
  ContributionInvitationResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({ resolvers, validate: { forbidUnknownValues: true } }).then(checkArgumentsOf);
  return cached;
}

/** The SDL as committed in schema/schema.graphql: sorted, so that diffs stay readable. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
