/** The GraphQL operations the suite writes with, as a contributor, a moderator or an admin would send them. */

export const VOCABULARY = '{ themes { slug } audiences { slug } formats { slug } }';

export const SET_ROLE = 'mutation($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id } }';
export const UPDATE_PROFILE = 'mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id displayName } }';

export const CREATE_PRACTICE = 'mutation($input: PracticeContentInput!) { createPractice(input: $input) { id slug } }';
export const UPDATE_PRACTICE =
  'mutation($id: ID!, $version: Int!, $input: PracticeContentInput!) { updatePractice(id: $id, version: $version, input: $input) { id } }';
export const CREATE_CASE_STUDY = 'mutation($input: CaseStudyContentInput!) { createCaseStudy(input: $input) { id slug } }';
export const ADD_CO_AUTHOR =
  'mutation($id: ID!, $type: RecordType!, $email: String!) { addCoAuthor(id: $id, type: $type, email: $email) { id } }';
export const SUBMIT = 'mutation($id: ID!, $type: RecordType!, $note: String) { submitForReview(id: $id, type: $type, note: $note) { id } }';
export const CONTRIBUTION =
  'query($id: ID!, $type: RecordType!) { contribution(id: $id, type: $type) { version pendingChanges { version } } }';
export const ADD_FOLLOW_UP =
  'mutation($caseStudyId: ID!, $input: FollowUpInput!) { addFollowUp(caseStudyId: $caseStudyId, input: $input) { id } }';

export const REVIEW_QUEUE = '{ reviewQueue(first: 100) { id kind recordId recordType } }';
export const APPROVE = 'mutation($id: ID!, $comment: String) { approveSubmission(id: $id, comment: $comment) { id } }';
export const REQUEST_CHANGES = 'mutation($id: ID!, $comment: String!) { requestChanges(id: $id, comment: $comment) { id } }';

export const CREATE_COLLECTION =
  'mutation($input: CreateCollectionInput!) { createCollection(input: $input) { id slug version shareToken } }';
export const UPDATE_COLLECTION = 'mutation($id: ID!, $input: UpdateCollectionInput!) { updateCollection(id: $id, input: $input) { id } }';
export const ADD_ITEM = 'mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { items { id } } }';
export const UPDATE_NOTE = 'mutation($input: UpdateCollectionItemNoteInput!) { updateCollectionItemNote(input: $input) { id } }';
export const ADD_CO_CURATOR =
  'mutation($collectionId: ID!, $email: String!) { addCollectionCoCurator(collectionId: $collectionId, email: $email) { id } }';

export const REPORT_ADOPTION = 'mutation($input: ReportAdoptionInput!) { reportAdoption(input: $input) { id status } }';
export const UPDATE_ADOPTION = 'mutation($id: ID!, $input: UpdateAdoptionInput!) { updateAdoption(id: $id, input: $input) { id } }';

export const SEARCH = 'query($q: String!) { search(query: $q, pageSize: 20) { hits { slug } } }';

export interface Queued {
  id: string;
  kind: 'RECORD' | 'REVISION' | 'FOLLOW_UP';
  recordId: string;
  recordType: 'PRACTICE' | 'CASE_STUDY';
}
