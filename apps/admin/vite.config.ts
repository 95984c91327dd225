import { defineConfig } from 'vite';

const api = 'http://localhost:4000';

/** The admin app; the api serves dist/ at `/` with SPA fallback, GraphQL at `/graphql`. */
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The lazy GraphiQL chunk is large; the main bundle stays small.
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's dependencies carry React Server Component directives ("use client"), meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/import': api,
      '/export': api,
      '/healthz': api,
    },
  },
});
