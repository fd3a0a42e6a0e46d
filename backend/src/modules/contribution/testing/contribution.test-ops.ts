import { operation } from '../../../test-support/operations.js';

/** The operations the contribution, review and case-study tests send, typed with their answers. */

/** Every field of a record's content (a practice's or a case study's), as the web app's edit form reads it. */
export const CONTENT = `content {
  __typename
  ... on PracticeContent {
    titleUk titleEn summaryUk summaryEn descriptionUk descriptionEn themes goals audiences formats groupSize { min max }
    durationMinutes steps { titleUk detailsUk } resources { staff volunteers materialsUk budgetBand } partnersNeeded
    conditions { worksInShelter needsPower needsInternet securityContext }
    safeguarding { consentRequired noPhotosOfChildren psychologistNeeded notesUk } evidenceLevel originOrganization adaptedFrom licence
  }
  ... on CaseStudyContent {
    titleUk titleEn summaryUk summaryEn practices { practice adaptationUk } organization partnerOrganizations period { start end }
    needUk whatWasDoneUk participants { audiences count } fundersUk budgetUah volunteers challengesUk
    outcomes { labelUk value unitUk } impactStories { kind textUk attributionUk consentGiven } adviceUk
  }
}`;

export const FIELDS = `type id slug titleUk status version ${CONTENT} pendingChanges { status version changedFields }
  reviewThread { kind outcome note comment decidedBy { displayName } } author { displayName } coAuthors { displayName }`;
export const CREATE_PRACTICE = operation<{ createPractice: Contribution }, { input: Record<string, unknown> }>(
  `mutation($input: PracticeContentInput!) { createPractice(input: $input) { ${FIELDS} } }`,
);
export const UPDATE_PRACTICE = operation<
  { updatePractice: Contribution },
  { id: string; version: number; input: Record<string, unknown> }
>(`mutation($id: ID!, $version: Int!, $input: PracticeContentInput!) {
  updatePractice(id: $id, version: $version, input: $input) { ${FIELDS} } }`);
export const SUBMIT = operation<{ submitForReview: { status: string } }, { type: RecordType; id: string; note?: string | null }>(
  `mutation($type: RecordType!, $id: ID!, $note: String) { submitForReview(type: $type, id: $id, note: $note) { status } }`,
);
export const QUEUE = operation<{ reviewQueue: QueuedSubmission[] }, { type?: RecordType; theme?: string }>(
  `query($type: RecordType, $theme: String) { reviewQueue(type: $type, theme: $theme) { id kind recordId titleUk note changedFields ${CONTENT.replace('content', 'proposed')} } }`,
);
export const APPROVE = operation<{ approveSubmission: { outcome: string } }, { id: string }>(
  `mutation($id: ID!) { approveSubmission(id: $id) { outcome } }`,
);
export const REQUEST = operation<{ requestChanges: { outcome: string } }, { id: string; c: string }>(
  `mutation($id: ID!, $c: String!) { requestChanges(id: $id, comment: $c) { outcome } }`,
);
export const REJECT = operation<{ rejectSubmission: { outcome: string } }, { id: string; c: string }>(
  `mutation($id: ID!, $c: String!) { rejectSubmission(id: $id, reason: $c) { outcome } }`,
);
export const PUBLIC = operation<{ practice: { titleUk: string } | null }, { slug: string }>(
  `query($slug: String!) { practice(slug: $slug) { titleUk } }`,
);
export const CONTRIBUTION = operation<{ contribution: Contribution | null }, { type: RecordType; id: string }>(
  `query($type: RecordType!, $id: ID!) { contribution(type: $type, id: $id) { ${FIELDS} } }`,
);

/** A record being written, with the fields of FIELDS. */
export type Contribution = {
  type: RecordType;
  id: string;
  slug: string;
  status: string;
  version: number;
  titleUk: string;
  content: Record<string, unknown>;
  pendingChanges: { status: string; version: number; changedFields: string[] } | null;
  reviewThread: { kind: string; outcome: string; note: string | null; comment: string | null; decidedBy: { displayName: string } | null }[];
  author: { displayName: string } | null;
  coAuthors: { displayName: string }[];
};

/** An open submission as the moderators' queue lists it. */
export type QueuedSubmission = {
  id: string;
  kind: string;
  recordId: string;
  titleUk: string;
  note: string | null;
  changedFields: string[];
  proposed: unknown;
};

type RecordType = 'PRACTICE' | 'CASE_STUDY';
