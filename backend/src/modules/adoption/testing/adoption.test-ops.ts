import { operation } from '../../../test-support/operations.js';

/** The operations the adoption tests send (the membership tests too: reports, waiting ones), typed with their answers. */

export const REPORT = operation<
  { reportAdoption: AdoptionView },
  { input: Record<string, unknown> }
>(`mutation($input: ReportAdoptionInput!) {
  reportAdoption(input: $input) {
    id adoptedOn changesUk resultUk participantCount status mine hiddenReason
    practice { slug } organization { slug } caseStudy { slug }
  }
}`);
export const UPDATE = operation<
  { updateAdoption: Pick<AdoptionView, 'id' | 'adoptedOn' | 'changesUk' | 'resultUk' | 'participantCount' | 'status'> },
  { id: string; input: Record<string, unknown> }
>(`mutation($id: ID!, $input: UpdateAdoptionInput!) {
  updateAdoption(id: $id, input: $input) { id adoptedOn changesUk resultUk participantCount status }
}`);
export const DELETE = operation<{ deleteAdoption: string }, { id: string }>(`mutation($id: ID!) { deleteAdoption(id: $id) }`);
export const HIDE = operation<{ hideAdoption: Pick<AdoptionView, 'id' | 'status' | 'hiddenReason'> }, { id: string; reason: string }>(
  `mutation($id: ID!, $reason: String!) { hideAdoption(id: $id, reason: $reason) { id status hiddenReason } }`,
);
export const PUBLISH = operation<{ publishAdoption: Pick<AdoptionView, 'id' | 'status'> }, { id: string }>(
  `mutation($id: ID!) { publishAdoption(id: $id) { id status } }`,
);
export const PENDING = operation<{ pendingAdoptions: Pick<AdoptionView, 'id' | 'status'>[] }>(`{ pendingAdoptions { id status } }`);
export const MINE = operation<{ myAdoptions: Pick<AdoptionView, 'id' | 'status' | 'hiddenReason' | 'resultUk' | 'practice'>[] }>(
  `{ myAdoptions { id status hiddenReason resultUk practice { slug } } }`,
);

/** A practice's public reports and how many organisations tried it. */
export const PUBLIC = operation<
  { practice: { adoptions: Pick<AdoptionView, 'id' | 'resultUk'>[]; triedIn: { organizationCount: number } } | null },
  { slug: string }
>(`query($slug: String!) { practice(slug: $slug) { adoptions { id resultUk } triedIn { organizationCount } } }`);

/** Every adoption field of one practice: where it was tried, its reports, their months, its adaptations. */
export const TRIED_IN = operation<
  {
    practice: {
      triedIn: {
        communityCount: number;
        organizationCount: number;
        communities: { firstTriedOn: string; community: { slug: string; kind: string } }[];
      };
      adoptions: Pick<AdoptionView, 'adoptedOn' | 'resultUk' | 'mine' | 'organization' | 'practice' | 'caseStudy'>[];
      adoptionTimeline: { month: string; count: number }[];
      adaptations: { slug: string }[];
    } | null;
  },
  { slug: string; first?: number }
>(`query($slug: String!, $first: Int) { practice(slug: $slug) {
  triedIn { communityCount organizationCount communities { firstTriedOn community { slug kind } } }
  adoptions(first: $first) { adoptedOn resultUk mine organization { slug } practice { slug } caseStudy { slug } }
  adoptionTimeline { month count }
  adaptations { slug }
} }`);

/** Every adoption field on a list of practices and on their organisations, for counting statements. */
export const BATCHED = operation<
  { practices: { edges: { node: { slug: string; triedIn: { communityCount: number }; adoptions: unknown[] } }[] } },
  { first: number }
>(`query($first: Int!) {
  practices(first: $first) { edges { node {
    slug
    triedIn { communityCount organizationCount communities { firstTriedOn community { slug oblast { slug } } } }
    adoptions(first: 3) { adoptedOn mine hiddenReason practice { slug } caseStudy { slug } organization { slug community { slug } adoptions(first: 2) { adoptedOn } } }
    adoptionTimeline { month count }
    adaptations { slug triedIn { communityCount } }
  } } }
}`);

/** Published practices, most adopted first. */
export const BY_ADOPTIONS = operation<{ search: { hits: { slug: string }[] } }>(
  `{ search(sort: ADOPTIONS, type: PRACTICE) { hits { slug } } }`,
);

/** An adoption report, with the fields of REPORT. */
export interface AdoptionView {
  id: string;
  adoptedOn: string;
  changesUk: string | null;
  resultUk: string;
  participantCount: number | null;
  status: 'PUBLISHED' | 'PENDING' | 'HIDDEN';
  mine: boolean;
  hiddenReason: string | null;
  /** Null once the practice is no longer published. */
  practice: { slug: string } | null;
  organization: { slug: string };
  caseStudy: { slug: string } | null;
}
