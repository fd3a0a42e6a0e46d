import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { createApolloClient } from './app/apollo';
import { routes } from './app/routes';
import './app/app.css';
import { createBrowserHistory, createRouter } from './shared/router';
import { createI18n, DEFAULT_LANGUAGE, storedLanguage } from './i18n/i18n';
import { readServerState } from './ssr/state';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
/** The cache the server rendered this page with; absent when the server sent the bare shell. */
const serverState = readServerState();

async function start() {
  const client = createApolloClient('/graphql', serverState);
  const router = createRouter(routes, createBrowserHistory());
  if (!serverState) {
    // The catalogue of the remembered language arrives before the first render, so nothing flashes in the other one.
    const i18n = await createI18n();
    createRoot(container!).render(
      <StrictMode>
        <AppProviders client={client} i18n={i18n}>
          <App router={router} />
        </AppProviders>
      </StrictMode>,
    );
    return;
  }
  // The server wrote the page in Ukrainian for an anonymous reader: hydrate exactly that, then switch to the
  // reader's language (App asks again what a signed-in reader may see differently).
  const wanted = storedLanguage();
  // The first page's code (and words) come before hydrating, so the first render matches the server's HTML.
  const i18n = await createI18n({ language: DEFAULT_LANGUAGE });
  await router.ready();
  hydrateRoot(
    container!,
    <StrictMode>
      <AppProviders client={client} i18n={i18n}>
        <App router={router} serverRendered />
      </AppProviders>
    </StrictMode>,
  );
  if (wanted && wanted !== DEFAULT_LANGUAGE) void i18n.changeLanguage(wanted);
}

/** The service worker (offline pages, installable app): production builds only, after the page has loaded. */
function registerWhenLoaded() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Without a worker the app still works online; a failed registration is not worth a message.
  const register = () => void import('./pwa/register').then(({ registerServiceWorker }) => registerServiceWorker()).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

void start();
registerWhenLoaded();
