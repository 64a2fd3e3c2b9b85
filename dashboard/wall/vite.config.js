import { defineConfig } from 'vite';

// The silo serves the bundle under /wall/, so every asset URL is relative. The silo's build copies dist/
// into its output directory (see silo/QualityMap.Silo.csproj).
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts is the bulk of the bundle; it is served from the silo on a local network, once.
    chunkSizeWarningLimit: 1500,
  },
});
