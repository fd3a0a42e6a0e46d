import { describe, expect, it } from 'vitest';
import { matchRoutes } from '@/shared/router';
import { paths } from '@/shared/router/paths';
import { routes, type RouteHandle } from './routes';

/** The page module the route table opens for `address`, and the parameters it reads from it. */
function pageAt(address: string) {
  const matches = matchRoutes(routes, new URL(address, 'http://app').pathname);
  const last = matches.at(-1);
  const module = (last?.route.handle as RouteHandle | undefined)?.module ?? (last?.route.path === '*' ? 'not found' : undefined);
  return { page: module?.replace(/^src\/features\/|\.tsx$/g, ''), params: last?.params };
}

describe('every address built by paths opens its page', () => {
  it.each([
    [paths.home, 'home/components/HomePage', {}],
    [paths.search(), 'search/components/SearchPage', {}],
    [paths.search(new URLSearchParams({ q: 'казка' })), 'search/components/SearchPage', {}],
    [paths.practices('theme=reading'), 'practices/components/PracticeListPage', {}],
    [paths.practice('kazkoterapiia'), 'practices/components/PracticePage', { slug: 'kazkoterapiia' }],
    [paths.caseStudy('zymovi-chytannia'), 'case-studies/components/CaseStudyPage', { slug: 'zymovi-chytannia' }],
    [paths.organization('pavlohrad-library'), 'organizations/components/OrganizationPage', { slug: 'pavlohrad-library' }],
    [paths.community('pavlohrad'), 'communities/components/CommunityPage', { slug: 'pavlohrad' }],
    [paths.saved, 'saved/components/SavedListPage', {}],
    [paths.offline, 'offline/components/KeptPage', {}],
    [paths.outbox, 'outbox/components/OutboxPage', {}],
    [paths.notifications, 'notifications/components/NotificationsPage', {}],
    [paths.signIn('/collections'), 'account/components/SignInPage', {}],
    [paths.register(), 'account/components/RegisterPage', {}],
    [paths.forgotPassword, 'account/components/ForgotPasswordPage', {}],
    [paths.contribute, 'contribute/components/MyContributionsPage', {}],
    [paths.practiceEditor('new'), 'contribute/components/PracticeEditorPage', { id: 'new' }],
    [paths.caseStudyEditor('new', 'fromAdoption=1'), 'contribute/components/CaseStudyEditorPage', { id: 'new' }],
    [paths.triedHere('kazkoterapiia'), 'contribute/components/TriedHerePage', { slug: 'kazkoterapiia' }],
    [paths.followUp('zymovi-chytannia'), 'contribute/components/FollowUpPage', { slug: 'zymovi-chytannia' }],
    [paths.members, 'contribute/components/MembersPage', {}],
    [paths.review, 'review/components/ReviewQueuePage', {}],
    [paths.submission('0b0e'), 'review/components/SubmissionPage', { id: '0b0e' }],
    [paths.collections, 'collections/components/CollectionsPage', {}],
    [paths.addToCollection('practice=kazkoterapiia'), 'collections/components/AddToCollectionPage', {}],
    [paths.collection('seminar'), 'collections/components/CollectionPage', { slug: 'seminar' }],
    [paths.print(paths.collection('seminar')), 'collections/components/CollectionPrintPage', { slug: 'seminar' }],
    [paths.sharedCollection('a_b-C'), 'collections/components/CollectionPage', { token: 'a_b-C' }],
    [paths.print(paths.sharedCollection('a_b-C')), 'collections/components/CollectionPrintPage', { token: 'a_b-C' }],
  ])('%s', (address, page, params) => {
    expect(pageAt(address)).toEqual({ page, params });
  });

  it('carries the address to come back to, encoded, and leaves it out when there is none', () => {
    expect(paths.signIn('/collections/add?practice=a&x=1')).toBe('/sign-in?next=%2Fcollections%2Fadd%3Fpractice%3Da%26x%3D1');
    expect(paths.signIn(null)).toBe('/sign-in');
    expect(paths.search('')).toBe('/search');
  });
});
