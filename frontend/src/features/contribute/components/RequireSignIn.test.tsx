import { screen } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';
import { renderWithSession } from '../../../../test/support/session';
import contributeUk from '../i18n/uk.json';

const graphqlUrl = `${inject('apiUrl')}/graphql`;
const reasons = contributeUk.contribute.signInReason;

describe('pages that need an account, signed out', () => {
  it.each([
    ['/contribute/practice/new', reasons.practice],
    ['/contribute/case-study/new', reasons.caseStudy],
    ['/contribute', reasons.mine],
    ['/contribute/tried/any-practice', reasons.tried],
    ['/review', reasons.review],
  ])('%s says why to sign in, in its own words', async (path, reason) => {
    await renderWithSession({ uri: graphqlUrl, path });
    expect((await screen.findByText(reason)).className).toBe('notice');
    expect(screen.getAllByRole('link', { name: 'Увійти' }).some((a) => a.getAttribute('href')?.includes('next='))).toBe(true);
  });

  it('gives each page a reason of its own', () => {
    expect(new Set(Object.values(reasons)).size).toBe(Object.keys(reasons).length);
  });
});
