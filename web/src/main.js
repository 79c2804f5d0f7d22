import { createApp, h } from 'vue'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import App from './App.vue'
import StartupError from './views/StartupError.vue'
import * as icons from './icons.js'
import { createAppRouter } from './router.js'
import { loadConfig } from './lib/config.js'
import { initAuth } from './auth.js'
import './styles.css'

async function start() {
  try {
    const config = await loadConfig()
    await initAuth(config)
  } catch (e) {
    console.error(e)
    const app = createApp({ render: () => h(StartupError, { message: e.message }) })
    app.use(ElementPlus, { locale: zhCn })
    app.mount('#app')
    return
  }
  const app = createApp(App)
  app.use(ElementPlus, { locale: zhCn })
  for (const [name, component] of Object.entries(icons)) app.component(name, component)
  app.use(createAppRouter())
  app.mount('#app')
}

start()
