import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { gqlDocuments } from './build/gql-documents-plugin.ts';

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
    emptyOutDir: true,
    // scripts/size.ts reads it to measure what each route loads first.
    manifest: true,
  },
});
