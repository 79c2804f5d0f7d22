// Files of the school admin's screens: the roster and score sheet uploads checked before sending, and downloads of
// files (see schoolDownload.js).

/** plan-service's multipart limit for rosters (spring.servlet.multipart.max-file-size). */
export const ROSTER_MAX_BYTES = 20 * 1024 * 1024
/** The gateway lets at most 1 MB through to scoring-service (its JSON route); a filled-in sheet is far smaller. */
export const SHEET_MAX_BYTES = 1024 * 1024

const ROSTER_TYPES = ['.xlsx', '.xls', '.csv']

function extension(name) {
  const m = /\.[^.]+$/.exec(name || '')
  return m ? m[0].toLowerCase() : ''
}

/** Why a roster file is refused before sending; null when it may go. */
export function rosterFileProblem(file) {
  if (!file) return '请先选择学员信息表文件'
  const ext = extension(file.name)
  if (!ROSTER_TYPES.includes(ext)) return '学员信息表须为 Excel（.xlsx、.xls）或 CSV（.csv）文件'
  if (file.size === 0) return '文件是空的，请检查后重新选择'
  if (file.size > ROSTER_MAX_BYTES) return `文件超过 ${ROSTER_MAX_BYTES / 1024 / 1024} MB 的上限，请删除多余的工作表或无关内容`
  return null
}

/** Why a score sheet workbook is refused before sending; null when it may go. */
export function sheetFileProblem(file) {
  if (!file) return '请先选择成绩表文件'
  if (extension(file.name) !== '.xlsx') return '请上传从本页下载并填写的成绩表（.xlsx）'
  if (file.size === 0) return '文件是空的，请检查后重新选择'
  if (file.size > SHEET_MAX_BYTES) return '成绩表超过 1 MB，请使用下载的成绩表填写，不要加入图片或其他工作表'
  return null
}

/**
 * The row errors of a refused roster (problem `roster-rejected`): [{row, column, problem}] sorted by row, the count of
 * rejected rows and the id of the downloadable error report (null when the report was too large to keep).
 */
export function rosterRejection(problem) {
  const errors = Array.isArray(problem?.errors)
    ? problem.errors
        .filter((e) => e && typeof e.row === 'number')
        .map((e) => ({ row: e.row, column: e.column || '', problem: e.problem || '' }))
        .sort((a, b) => a.row - b.row)
    : []
  return { errors, rejectedRows: Number(problem?.rejectedRows ?? errors.length), reportId: problem?.reportId || null }
}

/** The file name of a Content-Disposition header (RFC 5987 filename* first), or the fallback. */
export function dispositionName(header, fallback) {
  if (!header) return fallback
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)
  if (star) {
    try {
      return decodeURIComponent(star[1].trim())
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header)
  return plain ? plain[1].trim() : fallback
}
