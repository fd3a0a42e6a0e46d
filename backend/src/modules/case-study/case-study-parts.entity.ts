import { Embeddable, Property } from '@mikro-orm/core';

/**
 * When the work ran, stored as the case study's own columns (embedded without a prefix: the column
 * names predate the grouping and stay). `end` is null while the work is ongoing.
 */
@Embeddable()
export class Period {
  @Property({ type: 'date', fieldName: 'period_start' })
  start!: string;

  @Property({ type: 'date', nullable: true, fieldName: 'period_end' })
  end?: string | null;
}
