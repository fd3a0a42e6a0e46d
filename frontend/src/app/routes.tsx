import type { RouteObject } from 'react-router';
import { loadFeatureCatalogue, type Feature } from '../i18n/i18n';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { RouteFallback } from './RouteFallback';

/** A page module and its feature's words, loaded together. */
async function withCatalogue<T>(feature: Feature, page: Promise<T>): Promise<T> {
  const [module] = await Promise.all([page, loadFeatureCatalogue(feature)]);
  return module;
}

// Every page is its own chunk: a reader downloads an editor only when they open it.
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    HydrateFallback: RouteFallback,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/home/components/HomePage')).HomePage }) },
      { path: 'search', lazy: async () => ({ Component: (await import('../features/search/components/SearchPage')).SearchPage }) },
      {
        path: 'practices',
        lazy: async () => ({ Component: (await import('../features/practices/components/PracticeListPage')).PracticeListPage }),
      },
      {
        path: 'practices/:slug',
        lazy: async () => ({ Component: (await import('../features/practices/components/PracticePage')).PracticePage }),
      },
      {
        path: 'case-studies/:slug',
        lazy: async () => ({ Component: (await import('../features/case-studies/components/CaseStudyPage')).CaseStudyPage }),
      },
      {
        path: 'organizations/:slug',
        lazy: async () => ({ Component: (await import('../features/organizations/components/OrganizationPage')).OrganizationPage }),
      },
      {
        path: 'communities/:slug',
        lazy: async () => ({ Component: (await import('../features/communities/components/CommunityPage')).CommunityPage }),
      },
      { path: 'sign-in', lazy: async () => ({ Component: (await import('../features/account/components/SignInPage')).SignInPage }) },
      { path: 'register', lazy: async () => ({ Component: (await import('../features/account/components/RegisterPage')).RegisterPage }) },
      {
        path: 'contribute',
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await withCatalogue('contribute', import('../features/contribute/components/MyContributionsPage')))
                .MyContributionsPage,
            }),
          },
          {
            path: 'mine',
            lazy: async () => ({
              Component: (await withCatalogue('contribute', import('../features/contribute/components/MyContributionsPage')))
                .MyContributionsPage,
            }),
          },
          {
            // `new` and a record's id share the route, so a new draft keeps its editor when it gets an id.
            path: 'practice/:id',
            lazy: async () => ({
              Component: (await withCatalogue('contribute', import('../features/contribute/components/PracticeEditorPage')))
                .PracticeEditorPage,
            }),
          },
          {
            path: 'case-study/:id',
            lazy: async () => ({
              Component: (await withCatalogue('contribute', import('../features/contribute/components/CaseStudyEditorPage')))
                .CaseStudyEditorPage,
            }),
          },
          {
            path: 'tried/:slug',
            lazy: async () => ({
              Component: (await withCatalogue('contribute', import('../features/contribute/components/TriedHerePage'))).TriedHerePage,
            }),
          },
          { path: '*', lazy: async () => ({ Component: (await import('../shared/ui/NotFound')).NotFound }) },
        ],
      },
      {
        path: 'review',
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await withCatalogue('contribute', import('../features/review/components/ReviewQueuePage'))).ReviewQueuePage,
            }),
          },
          {
            path: ':id',
            lazy: async () => ({
              Component: (await withCatalogue('contribute', import('../features/review/components/SubmissionPage'))).SubmissionPage,
            }),
          },
        ],
      },
      {
        path: 'collections',
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await withCatalogue('collections', import('../features/collections/components/CollectionsPage'))).CollectionsPage,
            }),
          },
          {
            path: 'add',
            lazy: async () => ({
              Component: (await withCatalogue('collections', import('../features/collections/components/AddToCollectionPage')))
                .AddToCollectionPage,
            }),
          },
          {
            path: 'shared/:token',
            lazy: async () => ({
              Component: (await withCatalogue('collections', import('../features/collections/components/CollectionPage'))).CollectionPage,
            }),
          },
          {
            path: 'shared/:token/print',
            lazy: async () => ({
              Component: (await withCatalogue('collections', import('../features/collections/components/CollectionPrintPage')))
                .CollectionPrintPage,
            }),
          },
          {
            path: ':slug',
            lazy: async () => ({
              Component: (await withCatalogue('collections', import('../features/collections/components/CollectionPage'))).CollectionPage,
            }),
          },
          {
            path: ':slug/print',
            lazy: async () => ({
              Component: (await withCatalogue('collections', import('../features/collections/components/CollectionPrintPage')))
                .CollectionPrintPage,
            }),
          },
        ],
      },
      { path: '*', lazy: async () => ({ Component: (await import('../shared/ui/NotFound')).NotFound }) },
    ],
  },
];
