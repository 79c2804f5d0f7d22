// Essay helpers shared by the editor and the upload form.

/** Java's Character.isWhitespace, which the server counts with (no-break spaces are NOT whitespace there). */
export function isJavaWhitespace(cp) {
  if ((cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20)) return true
  if (cp === 0xa0 || cp === 0x2007 || cp === 0x202f) return false
  return cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x205f || cp === 0x3000
}

/** Characters as the server counts an essay: non-whitespace code points (an emoji is one, a space none). */
export function countCharacters(text) {
  if (!text) return 0
  let n = 0
  for (const ch of text) {
    if (!isJavaWhitespace(ch.codePointAt(0))) n++
  }
  return n
}

/** Server default (wangben.essays.max-text-characters); the server's own answer is what counts. */
export const MAX_CHARACTERS = 20000
/** Server default (wangben.essays.max-file-size). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
export const ACCEPTED_EXTENSIONS = ['.docx', '.pdf', '.txt']

/** A first look at a chosen file, before anything is sent: the server still judges it by its content. */
export function checkEssayFile(file) {
  if (!file) return '请选择要上传的文件'
  const name = (file.name || '').toLowerCase()
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    if (name.endsWith('.doc')) return '不支持旧版 Word（.doc）文件，请在 Word 中“另存为” .docx 后再上传'
    return '仅支持上传 .docx、.pdf 或 .txt 文件'
  }
  if (file.size === 0) return '文件是空的，请检查后重新选择'
  if (file.size > MAX_FILE_BYTES) return `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限，请压缩图片或删减内容后再上传`
  return null
}

/** Drafts live only in this browser, per user and module, so that two teachers on one computer never mix. */
export function draftKey(userId, moduleId) {
  return `wangben.draft.${userId || 'anonymous'}.${moduleId}`
}

export function loadDraft(storage, userId, moduleId) {
  try {
    const raw = storage.getItem(draftKey(userId, moduleId))
    if (!raw) return null
    const draft = JSON.parse(raw)
    return draft && typeof draft.text === 'string' ? draft : null
  } catch {
    return null
  }
}

/** Returns the saved draft, or null when the browser refused (private mode, full storage). */
export function saveDraft(storage, userId, moduleId, text, now = Date.now()) {
  const draft = { text, savedAt: new Date(now).toISOString() }
  try {
    if (text) storage.setItem(draftKey(userId, moduleId), JSON.stringify(draft))
    else storage.removeItem(draftKey(userId, moduleId))
    return draft
  } catch {
    return null
  }
}

export function clearDraft(storage, userId, moduleId) {
  try {
    storage.removeItem(draftKey(userId, moduleId))
  } catch {
    // nothing to do: the draft stays until the next save
  }
}

export const FORMAT_NAMES = {
  ONLINE_TEXT: '在线撰写',
  PDF: 'PDF 文档',
  DOCX: 'Word 文档（.docx）',
  TXT: '纯文本（.txt）',
}

export const REFUSAL_NAMES = {
  LATE: '已过截止时间',
  NOT_OPEN: '板块尚未开放',
}

export const ROUTE_NAMES = { text: '在线撰写', file: '上传文件' }
