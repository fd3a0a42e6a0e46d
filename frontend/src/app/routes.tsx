import type { ComponentType } from 'react';
import { loadFeatureCatalogue, type Feature } from '../i18n/i18n';
import type { RouteObject } from '../shared/router';
import { NotFound } from '../shared/ui/NotFound';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

// Every page is its own chunk: a reader downloads an editor only when they open it.
const PAGES = import.meta.glob<Record<string, ComponentType>>('../features/*/components/*Page.tsx');

/** What a route tells the server: the page module (to preload its chunks) and whether to render it there. */
export interface RouteHandle {
  /** The page's source, as the build manifest names it (`src/features/…/XPage.tsx`). */
  module: string;
  /** Signed-in work: the server sends the app shell and the browser renders it. */
  clientOnly?: boolean;
}

/**
 * A lazily loaded page: `feature/XPage` names frontend/src/features/feature/components/XPage.tsx and its
 * export XPage; `catalogue` loads those words with it (a feature's, and the form kit's for pages that write).
 */
function page(
  name: string,
  options: { catalogue?: Feature | readonly Feature[]; clientOnly?: boolean } = {},
): Pick<RouteObject, 'lazy' | 'handle'> {
  const [feature, component] = name.split('/') as [string, string];
  const path = `../features/${feature}/components/${component}.tsx`;
  const load = PAGES[path];
  if (!load) throw new Error(`no page module ${path}`);
  const handle: RouteHandle = { module: `src/features/${feature}/components/${component}.tsx`, clientOnly: options.clientOnly };
  return {
    handle,
    lazy: async () => {
      const catalogues = [options.catalogue ?? []].flat();
      const [module] = await Promise.all([load(), ...catalogues.map((catalogue) => loadFeatureCatalogue(catalogue))]);
      const Component = module[component];
      if (!Component) throw new Error(`${path} has no export ${component}`);
      return { Component };
    },
  };
}

const SIGNED_IN = { clientOnly: true } as const;
/** Pages of what this device holds: only the browser knows it. */
const ON_DEVICE = { clientOnly: true } as const;
const notFound: RouteObject = { path: '*', Component: NotFound };

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      { index: true, ...page('home/HomePage') },
      { path: 'search', ...page('search/SearchPage') },
      { path: 'practices', ...page('practices/PracticeListPage') },
      { path: 'practices/:slug', ...page('practices/PracticePage') },
      { path: 'case-studies/:slug', ...page('case-studies/CaseStudyPage') },
      { path: 'organizations/:slug', ...page('organizations/OrganizationPage') },
      { path: 'communities/:slug', ...page('communities/CommunityPage') },
      { path: 'saved', ...page('saved/SavedListPage', SIGNED_IN) },
      { path: 'sign-in', ...page('account/SignInPage', { catalogue: 'account', ...SIGNED_IN }) },
      { path: 'register', ...page('account/RegisterPage', { catalogue: 'account', ...SIGNED_IN }) },
      { path: 'forgot-password', ...page('account/ForgotPasswordPage', { catalogue: 'account', ...SIGNED_IN }) },
      { path: 'reset-password', ...page('account/ResetPasswordPage', { catalogue: 'account', ...SIGNED_IN }) },
      { path: 'offline', ...page('offline/KeptPage', { catalogue: 'offline', ...ON_DEVICE }) },
      { path: 'outbox', ...page('outbox/OutboxPage', { catalogue: 'outbox', ...ON_DEVICE }) },
      { path: 'notifications', ...page('notifications/NotificationsPage', { catalogue: 'notifications', ...SIGNED_IN }) },
      {
        path: 'contribute',
        children: [
          { index: true, ...page('contribute/MyContributionsPage', { catalogue: 'contribute', ...SIGNED_IN }) },
          { path: 'mine', ...page('contribute/MyContributionsPage', { catalogue: 'contribute', ...SIGNED_IN }) },
          // `new` and a record's id share the route, so a new draft keeps its editor when it gets an id.
          { path: 'practice/:id', ...page('contribute/PracticeEditorPage', { catalogue: ['contribute', 'forms'], ...SIGNED_IN }) },
          { path: 'case-study/:id', ...page('contribute/CaseStudyEditorPage', { catalogue: ['contribute', 'forms'], ...SIGNED_IN }) },
          { path: 'tried/:slug', ...page('contribute/TriedHerePage', { catalogue: 'contribute', ...SIGNED_IN }) },
          { path: 'follow-up/:slug', ...page('contribute/FollowUpPage', { catalogue: 'contribute', ...SIGNED_IN }) },
          { path: 'members', ...page('contribute/MembersPage', { catalogue: 'contribute', ...SIGNED_IN }) },
          notFound,
        ],
      },
      {
        path: 'review',
        children: [
          { index: true, ...page('review/ReviewQueuePage', { catalogue: 'contribute', ...SIGNED_IN }) },
          { path: ':id', ...page('review/SubmissionPage', { catalogue: 'contribute', ...SIGNED_IN }) },
        ],
      },
      {
        path: 'collections',
        children: [
          { index: true, ...page('collections/CollectionsPage', { catalogue: ['collections', 'forms'], ...SIGNED_IN }) },
          { path: 'add', ...page('collections/AddToCollectionPage', { catalogue: 'collections', ...SIGNED_IN }) },
          { path: 'shared/:token', ...page('collections/CollectionPage', { catalogue: ['collections', 'forms'] }) },
          { path: 'shared/:token/print', ...page('collections/CollectionPrintPage', { catalogue: 'collections' }) },
          { path: ':slug', ...page('collections/CollectionPage', { catalogue: ['collections', 'forms'] }) },
          { path: ':slug/print', ...page('collections/CollectionPrintPage', { catalogue: 'collections' }) },
        ],
      },
      notFound,
    ],
  },
];
