import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { I18n } from '../i18n/react';
import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/react';

interface AppProvidersProps {
  client: ApolloClient;
  i18n: I18n;
  children: ReactNode;
}

/** Everything the features need from the outside: the API client and the message catalogues. */
export function AppProviders({ client, i18n, children }: AppProvidersProps) {
  return (
    <ApolloProvider client={client}>
      <I18nProvider i18n={i18n}>{children}</I18nProvider>
    </ApolloProvider>
  );
}
