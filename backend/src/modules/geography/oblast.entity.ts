import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'oblast' })
export class Oblast {
  @PrimaryKey({ type: 'string', length: 120 })
  slug!: string;

  @Property({ type: 'string', length: 160 })
  nameUk!: string;

  @Property({ type: 'string', length: 160 })
  nameEn!: string;
}
