import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

/**
 * Built with `vite build apps/web` (npm run web:build) into dist/web, which the gateway serves at `/`.
 * In development (`vite apps/web`) the gateway answers `/api` and `/auth` on its own port (GATEWAY_PORT).
 */
export default defineConfig(({ mode }) => {
  const gateway = `http://127.0.0.1:${loadEnv(mode, process.cwd(), 'GATEWAY_').GATEWAY_PORT ?? 3000}`;
  return {
    plugins: [react()],
    // The budget that matters is the initial JavaScript gzipped (npm run bench:web), not one chunk's raw size.
    build: { outDir: '../../dist/web', emptyOutDir: true, manifest: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
    server: { proxy: { '/api': gateway, '/auth': gateway } },
  };
});
