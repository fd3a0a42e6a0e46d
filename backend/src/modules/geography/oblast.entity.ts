import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

@Entity({ tableName: 'oblast' })
export class Oblast {
  [PrimaryKeyProp]?: 'slug';

  @PrimaryKey({ type: 'string', length: 120 })
  slug!: string;

  @Property({ type: 'string', length: 160 })
  nameUk!: string;

  @Property({ type: 'string', length: 160 })
  nameEn!: string;
}
