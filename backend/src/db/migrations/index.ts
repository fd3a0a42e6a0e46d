import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129180000_invitations } from './Migration20261129180000_invitations.js';
import { Migration20261129190000_search_answer } from './Migration20261129190000_search_answer.js';
import { Migration20261129120031_idempotency } from './Migration20261129120031_idempotency.js';
import { Migration20261129140000_login_throttle_delay } from './Migration20261129140000_login_throttle_delay.js';
import { Migration20261129150000_membership } from './Migration20261129150000_membership.js';
import { Migration20261129160000_password_reset } from './Migration20261129160000_password_reset.js';
import { Migration20261129170000_change_feed } from './Migration20261129170000_change_feed.js';
import { Migration20261129112032_notifications } from './Migration20261129112032_notifications.js';
import { Migration20261126012548_contribution } from './Migration20261126012548_contribution.js';
import { Migration20261126011809_adoptions } from './Migration20261126011809_adoptions.js';
import { Migration20261126011737_collections } from './Migration20261126011737_collections.js';
import { Migration20261126011245_accounts } from './Migration20261126011245_accounts.js';
import { Migration20261125224708_search } from './Migration20261125224708_search.js';
import { Migration20261125220610_initial } from './Migration20261125220610_initial.js';

/** Applied in this order. A new migration is generated with `npm run migration:create` and added here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125220610_initial', class: Migration20261125220610_initial },
  { name: 'Migration20261125224708_search', class: Migration20261125224708_search },
  { name: 'Migration20261126011245_accounts', class: Migration20261126011245_accounts },
  { name: 'Migration20261126011737_collections', class: Migration20261126011737_collections },
  { name: 'Migration20261126011809_adoptions', class: Migration20261126011809_adoptions },
  { name: 'Migration20261126012548_contribution', class: Migration20261126012548_contribution },
  { name: 'Migration20261129112032_notifications', class: Migration20261129112032_notifications },
  { name: 'Migration20261129120031_idempotency', class: Migration20261129120031_idempotency },
  { name: 'Migration20261129140000_login_throttle_delay', class: Migration20261129140000_login_throttle_delay },
  { name: 'Migration20261129150000_membership', class: Migration20261129150000_membership },
  { name: 'Migration20261129160000_password_reset', class: Migration20261129160000_password_reset },
  { name: 'Migration20261129170000_change_feed', class: Migration20261129170000_change_feed },
  { name: 'Migration20261129180000_invitations', class: Migration20261129180000_invitations },
  { name: 'Migration20261129190000_search_answer', class: Migration20261129190000_search_answer },
];
