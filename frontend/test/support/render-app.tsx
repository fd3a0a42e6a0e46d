import type { HttpLink } from '@apollo/client';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { AppProviders } from '../../src/app/AppProviders';
import { createApolloClient } from '../../src/app/apollo';
import { createI18n, type Language } from '../../src/i18n/i18n';

/** Renders the whole app with the real client set-up against the given GraphQL endpoint. */
export function renderApp(options: { uri: HttpLink.Options['uri']; language?: Language }) {
  const client = createApolloClient(options.uri);
  const i18n = createI18n({ language: options.language });
  const view = render(
    <AppProviders client={client} i18n={i18n}>
      <App />
    </AppProviders>,
  );
  return { ...view, client, i18n };
}
