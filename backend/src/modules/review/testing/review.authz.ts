import type { AuthzCase } from '../../../test-support/authz.js';
import { published, submitted } from '../../contribution/testing/contribution.authz.js';
import { draftPractice } from '../../contribution/testing/contribution.authz.js';

/** Authorization of review (see test-support/authz.ts). The owner is the submitting author, a librarian. */
const MODERATORS = ['moderator', 'admin'] as const;

const decision = (query: string) => async (s: Parameters<AuthzCase['setup']>[0]) => {
  const { submissionId } = await submitted(s.app, s.owner);
  return { query, variables: { id: submissionId } };
};

export const reviewAuthzCases: AuthzCase[] = [
  {
    field: 'reviewQueue',
    kind: 'query',
    ownerRole: 'librarian',
    allowed: MODERATORS,
    setup: async () => ({ query: `{ reviewQueue { id } }` }),
  },
  {
    field: 'approveSubmission',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: MODERATORS,
    setup: decision(`mutation($id: ID!) { approveSubmission(id: $id) { id } }`),
  },
  {
    field: 'requestChanges',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: MODERATORS,
    setup: decision(`mutation($id: ID!) { requestChanges(id: $id, comment: "Додайте кроки.") { id } }`),
  },
  {
    field: 'rejectSubmission',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: MODERATORS,
    setup: decision(`mutation($id: ID!) { rejectSubmission(id: $id, reason: "Дублює наявну.") { id } }`),
  },
  {
    field: 'addFollowUp',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['owner'],
    async setup({ app, owner }) {
      return {
        query: `mutation($id: ID!) { addFollowUp(caseStudyId: $id, input: { monthsAfter: 3, recordedOn: "2025-06-01", textUk: "Діти досі приходять." }) { id } }`,
        variables: { id: await published(app, owner, 'CASE_STUDY') },
      };
    },
  },
  {
    field: 'revisions',
    kind: 'query',
    ownerRole: 'librarian',
    // Of a draft: only its author and moderators (published records' history is public).
    allowed: ['owner', 'moderator', 'admin'],
    denial: 'hidden',
    async setup({ owner }) {
      return { query: `query($id: ID!) { revisions(type: PRACTICE, id: $id) { id } }`, variables: { id: await draftPractice(owner) } };
    },
  },
];
