import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// `npm run build` writes straight into the Maven module's classes: the jar carries the UI under META-INF/resources,
// which Spring serves from the classpath (the gateway depends on this jar).
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts'
          if (id.includes('node_modules/element-plus') || id.includes('node_modules/@element-plus')) return 'element-plus'
          if (id.includes('node_modules/')) return 'vendor'
          return undefined
        },
      },
    },
  },
  server: {
    // `npm run dev`: the API and the runtime config come from a gateway on 8080
    port: 5173,
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/config.json': 'http://127.0.0.1:8080',
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.js'],
  },
})
