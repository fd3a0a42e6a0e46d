import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'yaml';
import { z } from 'zod';
import { Organization } from '../organization/organization.entity.js';
import { ROLES } from './account.limits.js';
import { normalizeEmail } from './account.service.js';
import { hashPassword } from './password.js';
import { User } from './user.entity.js';

const demoAccounts = z.array(
  z.object({
    email: z.email(),
    password: z.string().min(12),
    displayName: z.string().min(2).max(80),
    role: z.enum(ROLES),
    organization: z.string().optional(),
  }),
);

/**
 * Adds the demo accounts of seeds/dev/ that are missing. Refuses to run in production, whatever
 * the caller does, so public demo passwords can never open a real installation.
 */
export async function loadDemoAccounts(em: EntityManager, seedsDir: string, nodeEnv: string): Promise<number> {
  if (nodeEnv === 'production') return 0;
  const accounts = demoAccounts.parse(parse(readFileSync(join(seedsDir, 'dev', 'demo-accounts.yaml'), 'utf8')));
  let created = 0;
  for (const a of accounts) {
    const email = normalizeEmail(a.email);
    if (await em.count(User, { email })) continue;
    const organization = a.organization ? await em.findOne(Organization, { slug: a.organization }) : null;
    // Demo members are confirmed, so "we tried it here" shows published at once when trying the app.
    em.create(User, {
      email,
      displayName: a.displayName,
      role: a.role,
      organization,
      organizationConfirmedAt: organization ? new Date() : null,
      passwordHash: await hashPassword(a.password),
    });
    created++;
  }
  await em.flush();
  return created;
}
