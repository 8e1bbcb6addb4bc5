import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The console is served by the API server at /admin (server/src/common/static-files.ts); `npm run admin:dev`
// proxies /graphql to a server started with `npm start`.
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/admin/',
  plugins: [react()],
  build: { outDir: path.join(here, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
