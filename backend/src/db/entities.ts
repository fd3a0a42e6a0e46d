import { Adoption } from '../modules/adoption/adoption.entity.js';
import { LoginThrottle, Session } from '../modules/account/session.entity.js';
import { User } from '../modules/account/user.entity.js';
import { PasswordReset } from '../modules/account/password-reset.entity.js';
import { Revision } from '../modules/contribution/revision.entity.js';
import { Submission } from '../modules/review/review.entity.js';
import { CaseStudyAudience, CaseStudyPartner, CaseStudyPractice } from '../modules/case-study/case-study-links.entity.js';
import { Period } from '../modules/case-study/case-study-parts.entity.js';
import { CaseStudy } from '../modules/case-study/case-study.entity.js';
import { FollowUp, ImpactStory } from '../modules/case-study/impact.entity.js';
import { BaseEntity } from '../modules/catalog/base.entity.js';
import { PublishableEntity } from '../modules/catalog/publication.js';
import { Collection, CollectionCoCurator, CollectionItem } from '../modules/collection/collection.entity.js';
import { Community } from '../modules/geography/community.entity.js';
import { Oblast } from '../modules/geography/oblast.entity.js';
import { Partnership } from '../modules/geography/partnership.entity.js';
import { IdempotencyKey } from '../modules/idempotency/idempotency.entity.js';
import { Notification } from '../modules/notification/notification.entity.js';
import { Invitation } from '../modules/invitation/invitation.entity.js';
import { Organization } from '../modules/organization/organization.entity.js';
import { PracticeAudience, PracticeFormat, PracticeTheme } from '../modules/practice/practice-links.entity.js';
import { GroupSize, PracticeConditions, PracticeResources, PracticeSafeguarding } from '../modules/practice/practice-parts.entity.js';
import { Practice } from '../modules/practice/practice.entity.js';
import { SearchDocumentRow, SearchWord } from '../modules/search/postgres/search-tables.entity.js';
import { SearchOutbox } from '../modules/search/search-outbox.entity.js';
import { Audience, Format, Theme } from '../modules/taxonomy/taxonomy.entity.js';

/** Every entity, listed explicitly so that no folder scanning depends on how the code is run. */
export const entities = [
  BaseEntity,
  PublishableEntity,
  Theme,
  Audience,
  Format,
  Oblast,
  Community,
  Partnership,
  Organization,
  Practice,
  GroupSize,
  PracticeResources,
  PracticeConditions,
  PracticeSafeguarding,
  PracticeTheme,
  PracticeAudience,
  PracticeFormat,
  CaseStudy,
  Period,
  CaseStudyPractice,
  CaseStudyPartner,
  CaseStudyAudience,
  ImpactStory,
  FollowUp,
  Collection,
  CollectionItem,
  CollectionCoCurator,
  User,
  Session,
  PasswordReset,
  LoginThrottle,
  Revision,
  Submission,
  SearchOutbox,
  SearchDocumentRow,
  SearchWord,
  Adoption,
  Notification,
  Invitation,
  IdempotencyKey,
];
