// Downloads of files the API only gives with the bearer token: a plain link would go without it.
import { accessToken } from '../auth.js'
import { ApiError, parseProblem } from './problems.js'
import { dispositionName } from './schoolFiles.js'

/** GETs a file with the token and hands it to the browser as a download. Rejects with an ApiError. */
export async function downloadWithToken(path, fallbackName) {
  const token = await accessToken()
  let res
  try {
    res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
  } catch {
    throw new ApiError(0, null)
  }
  if (!res.ok) {
    const text = await res.text()
    throw new ApiError(res.status, parseProblem(text, res.headers.get('Content-Type')), res.headers.get('X-Request-Id'))
  }
  const blob = await res.blob()
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = dispositionName(res.headers.get('Content-Disposition'), fallbackName)
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10000)
}
