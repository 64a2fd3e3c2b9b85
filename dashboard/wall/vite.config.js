import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages share one build and one copy of @microsoft/signalr: the wall (index.html, served under /wall/) and the
// bureau page (bureau.html, served under /bureau/). Both sit at the bundle's root, so their relative asset URLs
// (./assets/…) resolve under either path. The silo's build copies dist/ into its output directory (see
// silo/QualityMap.Silo.csproj).
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts is the bulk of the bundle; it is served from the silo on a local network, once.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        wall: resolve(import.meta.dirname, 'index.html'),
        bureau: resolve(import.meta.dirname, 'bureau.html'),
      },
    },
  },
});
