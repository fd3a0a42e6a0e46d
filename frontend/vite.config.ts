import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API runs on port 4000 in development (`npm run dev -w backend`); the app calls it as /graphql. */
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
