import { Entity, ManyToOne, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import { Organization } from '../organization/organization.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { Audience } from '../taxonomy/taxonomy.entity.js';
import { CaseStudy } from './case-study.entity.js';

/** A practice applied in a case study, with what was adapted. */
@Entity({ tableName: 'case_study_practice' })
export class CaseStudyPractice {
  [PrimaryKeyProp]?: ['caseStudy', 'practice'];

  @ManyToOne({ entity: () => CaseStudy, primary: true, deleteRule: 'cascade' })
  caseStudy!: Rel<CaseStudy>;

  @ManyToOne({ entity: () => Practice, primary: true, deleteRule: 'cascade', index: true })
  practice!: Rel<Practice>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text', nullable: true })
  adaptationUk?: string | null;
}

/** A partner or funder organisation of a case study. */
@Entity({ tableName: 'case_study_partner' })
export class CaseStudyPartner {
  [PrimaryKeyProp]?: ['caseStudy', 'organization'];

  @ManyToOne({ entity: () => CaseStudy, primary: true, deleteRule: 'cascade' })
  caseStudy!: Rel<CaseStudy>;

  @ManyToOne({ entity: () => Organization, primary: true, deleteRule: 'cascade', index: true })
  organization!: Rel<Organization>;
}

@Entity({ tableName: 'case_study_audience' })
export class CaseStudyAudience {
  [PrimaryKeyProp]?: ['caseStudy', 'audience'];

  @ManyToOne({ entity: () => CaseStudy, primary: true, deleteRule: 'cascade' })
  caseStudy!: Rel<CaseStudy>;

  @ManyToOne({ entity: () => Audience, primary: true, deleteRule: 'restrict' })
  audience!: Rel<Audience>;
}
