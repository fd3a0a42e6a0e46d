import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
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
];

/** The API runs on port 4000 in development (`npm run dev -w backend`); the app calls it as /graphql. */
export default defineConfig({
  plugins: [gqlDocuments(import.meta.dirname), react()],
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
});
