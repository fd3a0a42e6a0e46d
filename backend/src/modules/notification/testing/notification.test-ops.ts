import { expect } from 'vitest';
import type { Caller } from '../../../test-support/accounts.js';
import { operation } from '../../../test-support/operations.js';

// The operations the notification tests send, and a reader of one caller's list.

export const LIST = operation<
  {
    notifications: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: NotificationView }[];
    };
  },
  { first?: number; after?: string | null; unreadOnly?: boolean }
>(`query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind readAt recordType recordId recordSlug title outcome comment organizationName communityName actorName } }
  }
}`);
export const COUNT = operation<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`);
export const MARK = operation<{ markNotificationsRead: number }, { ids?: string[] | null }>(
  `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
);

export interface NotificationView {
  id: string;
  kind: string;
  readAt: string | null;
  recordType: string;
  recordId: string;
  recordSlug: string;
  title: string;
  outcome: string | null;
  comment: string | null;
  organizationName: string | null;
  communityName: string | null;
  actorName: string | null;
}

/** Every notification of `caller`, newest first (up to 100). */
export async function inbox(caller: Caller): Promise<NotificationView[]> {
  const res = await caller.send(LIST, { first: 100 });
  expect(res.errors).toBeUndefined();
  return res.data!.notifications.edges.map((e) => e.node);
}

export async function unread(caller: Caller): Promise<number> {
  const res = await caller.send(COUNT);
  expect(res.errors).toBeUndefined();
  return res.data!.unreadNotificationCount;
}
