// Downloads of files behind the API (exports, certificates): the bearer token cannot ride on a plain link, so the file
// is fetched and handed to the browser as a blob. A refusal is shown like every other API error.
import { accessToken } from '../auth.js'
import { notify } from '../api.js'
import { filenameOf } from './countyWork.js'
import { ApiError, parseProblem } from './problems.js'

export async function downloadFile(path, fallbackName) {
  const token = await accessToken()
  let res
  try {
    res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
  } catch {
    const error = new ApiError(0, null)
    notify(error)
    throw error
  }
  if (!res.ok) {
    const text = await res.text()
    const error = new ApiError(res.status, parseProblem(text, res.headers.get('Content-Type')), res.headers.get('X-Request-Id'))
    notify(error)
    throw error
  }
  const blob = await res.blob()
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filenameOf(res.headers.get('Content-Disposition')) || fallbackName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
