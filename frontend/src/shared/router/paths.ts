/**
 * Every address of the app, built in one place; app/routes.test.ts holds each one to the page the route
 * table (app/routes.tsx) opens for it. Part of every first download, so it stays a few strings.
 *
 * Slugs, ids and share tokens are URL-safe by the API's rules (lower-case latin words and hyphens, UUIDs,
 * base64url) and go in as they are; an address carried in `next` is encoded.
 */
type Query = URLSearchParams | string;

const withQuery = (path: string, query: Query = '') => (String(query) ? `${path}?${String(query)}` : path);
const withNext = (path: string, next?: string | null) => (next ? `${path}?next=${encodeURIComponent(next)}` : path);

export const paths = {
  home: '/',
  search: (query?: Query) => withQuery('/search', query),
  practices: (query?: Query) => withQuery('/practices', query),
  practice: (slug: string) => `/practices/${slug}`,
  caseStudy: (slug: string) => `/case-studies/${slug}`,
  organization: (slug: string) => `/organizations/${slug}`,
  community: (slug: string) => `/communities/${slug}`,
  saved: '/saved',
  offline: '/offline',
  outbox: '/outbox',
  notifications: '/notifications',
  /** Signing in, then back to `next`. */
  signIn: (next?: string | null) => withNext('/sign-in', next),
  register: (next?: string | null) => withNext('/register', next),
  forgotPassword: '/forgot-password',
  contribute: '/contribute',
  /** The editor of a practice by id, or `new`. */
  practiceEditor: (id: string) => `/contribute/practice/${id}`,
  /** The editor of a case study by id, or `new` (with what it starts from in `query`). */
  caseStudyEditor: (id: string, query?: Query) => withQuery(`/contribute/case-study/${id}`, query),
  triedHere: (practiceSlug: string) => `/contribute/tried/${practiceSlug}`,
  followUp: (caseStudySlug: string) => `/contribute/follow-up/${caseStudySlug}`,
  members: '/contribute/members',
  review: '/review',
  submission: (id: string) => `/review/${id}`,
  collections: '/collections',
  addToCollection: (query: Query) => withQuery('/collections/add', query),
  collection: (slug: string) => `/collections/${slug}`,
  /** A collection opened through its share link keeps the link in every address. */
  sharedCollection: (token: string) => `/collections/shared/${token}`,
  /** The print view of a collection, under its address (`collection()` or `sharedCollection()`). */
  print: (collectionPath: string) => `${collectionPath}/print`,
} as const;
