import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../account/user.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { Practice } from '../practice/practice.entity.js';
import type { NotificationEvent } from './notification.service.js';

/**
 * "Your practice was tried in another community": for each author and co-author of the practice whose
 * community is not the one that tried it. A person's community is the practice's origin organisation's,
 * or else their own organisation's; when either side has no community, nobody can say it was another
 * one, so nobody is told.
 */
export async function practiceTried(
  em: EntityManager,
  practice: Practice,
  organizationId: string,
  actorId: string,
): Promise<NotificationEvent> {
  const organization = await em.findOneOrFail(Organization, { id: organizationId }, { populate: ['community'] });
  const where = organization.community;
  const event: NotificationEvent = {
    kind: 'practice_tried',
    actorId,
    recipients: [],
    payload: {
      recordType: 'practice',
      recordId: practice.id,
      slug: practice.slug,
      title: practice.titleUk,
      organizationName: organization.nameUk,
      communityName: where?.nameUk ?? '',
    },
  };
  if (!where) return event;
  const origin = practice.originOrganization ? await em.findOne(Organization, { id: practice.originOrganization.id }) : null;
  const editorIds = [practice.author?.id, ...(await practice.coAuthors.loadItems()).map((u) => u.id)].filter((id): id is string => !!id);
  const editors = await em.find(User, { id: { $in: editorIds } }, { populate: ['organization'] });
  const home = (editor: User) => origin?.community?.id ?? editor.organization?.community?.id ?? null;
  event.recipients = editors.filter((editor) => home(editor) && home(editor) !== where.id).map((editor) => editor.id);
  return event;
}
