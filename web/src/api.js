// The one way the UI talks to the platform: bearer token on every /api call, problem+json turned into a Chinese message.
import { ElMessage, ElMessageBox } from 'element-plus'
import { accessToken, login } from './auth.js'
import { ApiError, parseProblem } from './lib/problems.js'
import { learnFromDateHeader } from './lib/clock.js'

let reloginAsked = false

/** Shows the error unless the caller said it handles that status itself (quiet: [404] or quiet: true). */
export function notify(error, quiet = []) {
  if (error.status === 401) {
    askRelogin()
    return
  }
  if (quiet === true || (Array.isArray(quiet) && quiet.includes(error.status))) return
  ElMessage({ type: 'error', message: error.message, grouping: true, showClose: true, duration: 6000 })
}

function askRelogin() {
  if (reloginAsked) return
  reloginAsked = true
  ElMessageBox.confirm('登录已失效，请重新登录。正在撰写的作业草稿已自动保存在本机浏览器中。', '需要重新登录', {
    confirmButtonText: '重新登录',
    cancelButtonText: '稍后',
    type: 'warning',
  })
    .then(() => login(window.location.pathname + window.location.search))
    .catch(() => {})
    .finally(() => {
      reloginAsked = false
    })
}

async function headers(extra) {
  const h = { Accept: 'application/json, application/problem+json', ...extra }
  const token = await accessToken()
  if (token) h.Authorization = `Bearer ${token}`
  return h
}

/**
 * fetch() for the API. `json` is sent as the JSON body. Resolves with the parsed body (null for an empty one); rejects
 * with an {@link ApiError} already shown to the user (unless quiet).
 */
export async function api(path, { method = 'GET', json, quiet = [], signal } = {}) {
  const extra = json === undefined ? {} : { 'Content-Type': 'application/json' }
  const h = await headers(extra)
  let res
  const sentAt = Date.now()
  try {
    res = await fetch(path, {
      method,
      headers: h,
      body: json === undefined ? undefined : JSON.stringify(json),
      signal,
    })
  } catch (e) {
    if (e && e.name === 'AbortError') throw e
    const error = new ApiError(0, null)
    notify(error, quiet)
    throw error
  }
  learnFromDateHeader(res.headers.get('Date'), sentAt, Date.now())
  const text = await res.text()
  if (res.ok) {
    return text ? JSON.parse(text) : null
  }
  const error = new ApiError(res.status, parseProblem(text, res.headers.get('Content-Type')), res.headers.get('X-Request-Id'))
  notify(error, quiet)
  throw error
}

/**
 * Multipart upload with progress (fetch cannot report upload progress; XMLHttpRequest can). onProgress gets 0..100.
 * Returns { promise, abort }.
 */
export function upload(path, file, { field = 'file', onProgress, quiet = [] } = {}) {
  const xhr = new XMLHttpRequest()
  const promise = (async () => {
    const h = await headers({})
    return new Promise((resolve, reject) => {
      xhr.open('POST', path)
      for (const [k, v] of Object.entries(h)) xhr.setRequestHeader(k, v)
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && onProgress) onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)))
      }
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) {
          if (onProgress) onProgress(100)
          resolve(xhr.responseText ? JSON.parse(xhr.responseText) : null)
          return
        }
        const error = new ApiError(
          xhr.status,
          parseProblem(xhr.responseText, xhr.getResponseHeader('Content-Type')),
          xhr.getResponseHeader('X-Request-Id'),
        )
        notify(error, quiet)
        reject(error)
      }
      xhr.onerror = () => {
        const error = new ApiError(0, null)
        notify(error, quiet)
        reject(error)
      }
      xhr.onabort = () => reject(new DOMException('上传已取消', 'AbortError'))
      const form = new FormData()
      form.append(field, file, file.name)
      xhr.send(form)
    })
  })()
  return { promise, abort: () => xhr.abort() }
}

/** Field errors of a refused form: fills `target` (a reactive object bound to el-form-item :error). */
export function takeFieldErrors(error, target) {
  for (const key of Object.keys(target)) target[key] = ''
  if (error && error.fields) Object.assign(target, error.fields)
}
