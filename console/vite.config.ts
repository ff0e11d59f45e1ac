import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Two entries: the console shell (index.html) and the citizen feedback page (feedback.html, no framework). */
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2019',
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    cssCodeSplit: true,
    rollupOptions: { input: { index: 'index.html', feedback: 'feedback.html' } },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/graphql': { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000', changeOrigin: true }, '/console-config.json': { target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000' } },
  },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
