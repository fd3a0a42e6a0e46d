import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { createApolloClient } from './app/apollo';
import './app/app.css';
import { createI18n } from './i18n/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// The catalogue of the remembered language arrives before the first render, so nothing flashes in the other one.
void createI18n().then((i18n) =>
  root.render(
    <StrictMode>
      <AppProviders client={createApolloClient()} i18n={i18n}>
        <App />
      </AppProviders>
    </StrictMode>,
  ),
);
