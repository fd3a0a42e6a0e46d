import { Entity, ManyToOne, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import { Audience, Format, Theme } from '../taxonomy/taxonomy.entity.js';
import { Practice } from './practice.entity.js';

/** A practice's theme; position 0 is its main theme. */
@Entity({ tableName: 'practice_theme' })
export class PracticeTheme {
  [PrimaryKeyProp]?: ['practice', 'theme'];

  @ManyToOne({ entity: () => Practice, primary: true, deleteRule: 'cascade' })
  practice!: Rel<Practice>;

  @ManyToOne({ entity: () => Theme, primary: true, deleteRule: 'restrict', index: true })
  theme!: Rel<Theme>;

  @Property({ type: 'integer' })
  position!: number;
}

@Entity({ tableName: 'practice_audience' })
export class PracticeAudience {
  [PrimaryKeyProp]?: ['practice', 'audience'];

  @ManyToOne({ entity: () => Practice, primary: true, deleteRule: 'cascade' })
  practice!: Rel<Practice>;

  @ManyToOne({ entity: () => Audience, primary: true, deleteRule: 'restrict', index: true })
  audience!: Rel<Audience>;
}

@Entity({ tableName: 'practice_format' })
export class PracticeFormat {
  [PrimaryKeyProp]?: ['practice', 'format'];

  @ManyToOne({ entity: () => Practice, primary: true, deleteRule: 'cascade' })
  practice!: Rel<Practice>;

  @ManyToOne({ entity: () => Format, primary: true, deleteRule: 'restrict', index: true })
  format!: Rel<Format>;
}
