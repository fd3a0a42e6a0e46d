import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { gqlDocuments } from './build/gql-documents-plugin.ts';

const RECORD_KIT = [
  '/src/shared/ui/Loading.',
  '/src/shared/ui/RichText.',
  '/src/shared/ui/TextBlock.',
  '/src/shared/ui/LazyPrintSource.',
  '/src/shared/ui/print.',
  '/src/shared/format/dates.',
  '/src/i18n/localized.',
  '/src/features/saved/components/LazyRecordActions.',
  // The router with every page's addresses, and the page title: the first download has them anyway, and as
  // chunks of their own they cost about 0.3 KB more.
  '/src/shared/router/',
  '/src/shared/ui/usePageTitle.',
];

/**
 * The service worker (src/pwa/sw.ts) of the browser build only: not in development, tests or the server
 * bundle. injectManifest rather than generateSW: a page falls back from the network to its saved copy and
 * then to the shell, and only public pages are kept; that reads plainly as typed, linted code, where
 * generateSW would take it as serialised options and plugins. The manifest is public/manifest.webmanifest,
 * linked from index.html.
 */
const serviceWorker = (): PluginOption =>
  VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/pwa',
    filename: 'sw.ts',
    // main.tsx registers it after the page has loaded, through a dynamic import.
    injectRegister: false,
    manifest: false,
    injectManifest: {
      // The shell, every built chunk (a page opened offline loads its own) and the icons; not the large
      // link-preview image, which only messengers fetch.
      globPatterns: ['index.html', 'assets/**/*.{js,css}', '*.{ico,svg,webmanifest}', 'icon-*.png', 'apple-touch-icon.png'],
      globIgnores: ['.ssr/**', '.vite/**'],
    },
  });

/** The API runs on port 4000 in development (`npm run dev -w backend`); the app calls it as /graphql. */
export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [gqlDocuments(import.meta.dirname), react(), command === 'build' && !isSsrBuild && serviceWorker()],
  // `@/shared/ui/Loading` is src/shared/ui/Loading, from anywhere (tsconfig.json says the same to TypeScript).
  resolve: { alias: { '@': resolve(import.meta.dirname, 'src') } },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
    },
  },
  // The server bundle (dist/.ssr) carries its dependencies, so it runs wherever the built app is put.
  ssr: { noExternal: true },
  build: {
    outDir: 'dist',
    // Every browser the app supports knows <link rel="modulepreload">; the polyfill would cost every first visit.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // Small parts every record page uses travel in one chunk: as separate files each would pay its own
        // compression overhead on the first visit (about 1.5 KB in all on the practice page).
        manualChunks(id: string) {
          if (RECORD_KIT.some((part) => id.includes(part))) return 'record-kit';
          return undefined;
        },
      },
    },
    emptyOutDir: true,
    // scripts/size.ts reads it to measure what each route loads first.
    manifest: true,
  },
}));
