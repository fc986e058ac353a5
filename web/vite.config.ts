// Vite: builds into web/dist, which the zhiping binary serves. `npm run dev` proxies
// /api to a running server (ZHIPING_URL, default http://127.0.0.1:8080).
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const target = process.env.ZHIPING_URL || 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    proxy: { '/api': { target, changeOrigin: false } },
    // Policy.vue imports ../docs/notice-2018-282.txt from the repository.
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
})
