import { defineConfig } from 'vite';

// Served by the API under /admin/; hashed file names under assets/ let the server cache them for a year.
export default defineConfig({
  base: '/admin/',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
  },
  server: { proxy: { '^/(?!admin)': 'http://127.0.0.1:8055' } },
});
