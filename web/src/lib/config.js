// Runtime settings served by the gateway (GET /config.json), so that one build runs in every environment.
let loaded = null

export async function loadConfig() {
  if (loaded) return loaded
  const res = await fetch('/config.json', { cache: 'no-store', headers: { Accept: 'application/json' } })
  if (!res.ok) throw new Error(`无法读取站点配置（${res.status}）`)
  const config = await res.json()
  if (!config.issuer || !config.clientId) throw new Error('站点配置不完整：缺少登录服务地址')
  loaded = Object.freeze({ timeZone: 'Asia/Shanghai', ...config })
  return loaded
}
