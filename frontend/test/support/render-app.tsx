import type { HttpLink } from '@apollo/client';
import { render } from '@testing-library/react';
import { createMemoryHistory, createRouter, RouterProvider } from '@/shared/router';
import { AppProviders } from '@/app/AppProviders';
import { createApolloClient } from '@/app/apollo';
import { routes } from '@/app/routes';
import { createI18n, type Language } from '@/i18n/i18n';

/**
 * Renders the whole app (real routes, real client set-up) at `path`, against the given GraphQL
 * endpoint. `router.state.location` tells where the app is now.
 */
export async function renderApp(options: { uri: HttpLink.Options['uri']; path?: string; language?: Language }) {
  const client = createApolloClient(options.uri);
  const i18n = await createI18n({ language: options.language });
  const router = createRouter(routes, createMemoryHistory([options.path ?? '/']));
  const view = render(
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, client, i18n, router };
}
