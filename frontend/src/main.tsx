import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { createApolloClient } from './app/apollo';
import './app/app.css';
import { createI18n } from './i18n/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders client={createApolloClient()} i18n={createI18n()}>
      <App />
    </AppProviders>
  </StrictMode>,
);
