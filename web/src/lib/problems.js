// RFC 9457 problem+json as every service and the gateway answer it:
//   { type: "urn:wangben:problem:<code>", status, detail (Chinese), field?, errors?: [{ field, message }] }
// The UI shows `detail` as is; field errors go next to the form field they name.

const GENERIC = {
  400: '请求不正确，请检查填写的内容',
  401: '未登录或登录已失效，请重新登录',
  403: '当前账号没有访问此资源的权限',
  404: '请求的内容不存在',
  405: '不支持此操作',
  408: '请求超时，请稍后重试',
  409: '操作与当前状态冲突，请刷新后重试',
  413: '上传的内容过大，超过了允许的上限',
  415: '不支持此文件或内容类型',
  422: '提交的内容未通过校验',
  429: '请求过于频繁，请稍后再试',
  500: '服务器内部错误，请稍后重试',
  502: '服务暂时不可用，请稍后重试',
  503: '服务暂时不可用，请稍后重试',
  504: '服务响应超时，请稍后重试',
}

export const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试'

/** The short code of a problem type (urn:wangben:problem:essay-late → essay-late), or null. */
export function problemCode(problem) {
  const type = problem && typeof problem.type === 'string' ? problem.type : ''
  const m = /^urn:wangben:problem:(.+)$/.exec(type)
  return m ? m[1] : null
}

/** The sentence to show for an error answer: the server's Chinese detail, else a Chinese sentence for the status. */
export function problemMessage(status, problem) {
  const detail = problem && typeof problem.detail === 'string' ? problem.detail.trim() : ''
  if (detail) return detail
  if (status === 0) return NETWORK_MESSAGE
  if (GENERIC[status]) return GENERIC[status]
  if (status >= 500) return GENERIC[500]
  return `请求失败（${status}）`
}

/**
 * Field errors keyed by field name. Reads the platform's `errors: [{field, message}]`, the `violations` some validators
 * emit, and a single `field` (with the detail as its message). Nested paths keep their form ("modules[0].dueAt").
 */
export function fieldErrors(problem) {
  const out = {}
  if (!problem || typeof problem !== 'object') return out
  for (const list of [problem.errors, problem.violations]) {
    if (!Array.isArray(list)) continue
    for (const e of list) {
      if (!e || typeof e.field !== 'string') continue
      const message = typeof e.message === 'string' && e.message ? e.message : problem.detail
      out[e.field] = out[e.field] ? `${out[e.field]}；${message}` : message
    }
  }
  if (typeof problem.field === 'string' && problem.field && !out[problem.field]) {
    out[problem.field] = problem.detail || '此项填写不正确'
  }
  return out
}

/** An answer that was not 2xx, with what the UI needs to tell the user. */
export class ApiError extends Error {
  constructor(status, problem, requestId) {
    super(problemMessage(status, problem))
    this.name = 'ApiError'
    this.status = status
    this.problem = problem || null
    this.code = problemCode(problem)
    this.fields = fieldErrors(problem)
    this.requestId = requestId || null
  }
}

/** Parses a response body that may or may not be JSON; a gateway or proxy page is not a problem. */
export function parseProblem(text, contentType) {
  if (!text) return null
  const looksJson = (contentType || '').includes('json') || /^\s*[{[]/.test(text)
  if (!looksJson) return null
  try {
    const parsed = JSON.parse(text)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null
  } catch {
    return null
  }
}
