import { Embeddable, Enum, Property } from '@mikro-orm/core';
import { BUDGET_BANDS, SECURITY_CONTEXTS, type BudgetBand, type SecurityContext } from '../catalog/catalog.limits.js';

// The parts of a practice that its content (and its GraphQL type) group, stored as the practice's own
// columns (embedded without a prefix: the column names predate the grouping and stay).

/** How many people take part; either bound may be unknown. */
@Embeddable()
export class GroupSize {
  @Property({ type: 'integer', nullable: true, fieldName: 'group_size_min' })
  min?: number | null;

  @Property({ type: 'integer', nullable: true, fieldName: 'group_size_max' })
  max?: number | null;
}

/** What running the practice takes. */
@Embeddable()
export class PracticeResources {
  @Property({ type: 'integer' })
  staff!: number;

  @Property({ type: 'integer' })
  volunteers!: number;

  @Property({ type: 'json' })
  materialsUk: string[] = [];

  @Enum({ items: [...BUDGET_BANDS], type: 'string' })
  budgetBand!: BudgetBand;
}

/** Where and under which conditions it works. */
@Embeddable()
export class PracticeConditions {
  @Property({ type: 'boolean' })
  worksInShelter!: boolean;

  @Property({ type: 'boolean' })
  needsPower!: boolean;

  @Property({ type: 'boolean' })
  needsInternet!: boolean;

  @Enum({ items: [...SECURITY_CONTEXTS], type: 'string' })
  securityContext!: SecurityContext;
}

/** What keeps the people taking part safe. */
@Embeddable()
export class PracticeSafeguarding {
  @Property({ type: 'boolean' })
  consentRequired!: boolean;

  @Property({ type: 'boolean' })
  noPhotosOfChildren!: boolean;

  @Property({ type: 'boolean' })
  psychologistNeeded!: boolean;

  @Property({ type: 'text', nullable: true, fieldName: 'safeguarding_notes_uk' })
  notesUk?: string | null;
}
