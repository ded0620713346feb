import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The API server `npm run dev` starts; override to point the UI at another one.
const backend = process.env.API_URL ?? 'http://localhost:8787';

export default defineConfig({
  root: 'web',
  plugins: [svelte()],
  build: { outDir: '../dist/web', emptyOutDir: true },
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/clusters': { target: backend, changeOrigin: true, ws: true },
    },
  },
});
