import { screen, waitFor } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';
import { renderApp } from '../../../../test/support/render-app';
import { paths } from '@/shared/router/paths';

// Against the real backend and its seed data (test/global-setup.ts).
const graphqlUrl = `${inject('apiUrl')}/graphql`;

describe('home page', () => {
  it('names itself: the site and what it is for, not the bare site name', async () => {
    await renderApp({ uri: graphqlUrl, path: paths.home });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toBe('Поруч · Обмін практиками між бібліотеками України'));
  });
});
