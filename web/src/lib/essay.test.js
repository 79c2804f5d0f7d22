import { describe, expect, it } from 'vitest'
import { checkEssayFile, countCharacters, draftKey, loadDraft, saveDraft } from './essay.js'
import { checkIdNumber } from './idnumber.js'
import { callerFromClaims, decodeJwtPayload } from './jwt.js'
import { homeFor, navFor } from './navigation.js'

function memoryStorage() {
  const data = new Map()
  return {
    getItem: (k) => (data.has(k) ? data.get(k) : null),
    setItem: (k, v) => data.set(k, String(v)),
    removeItem: (k) => data.delete(k),
  }
}

describe('essay character count, as the server counts', () => {
  it('counts non-whitespace code points', () => {
    expect(countCharacters('教师 自我\n发展规划')).toBe(8)
    expect(countCharacters('　全角空格\t')).toBe(4) // U+3000 is whitespace
    expect(countCharacters('a\u00a0b')).toBe(3) // a no-break space is not, in Java
    expect(countCharacters('👍好')).toBe(2)
    expect(countCharacters('')).toBe(0)
  })
})

describe('drafts in the browser', () => {
  it('are kept per user and module, and removed when emptied', () => {
    const storage = memoryStorage()
    saveDraft(storage, 'u1', 'm1', '草稿', Date.parse('2019-12-10T02:00:00Z'))
    expect(loadDraft(storage, 'u1', 'm1')).toEqual({ text: '草稿', savedAt: '2019-12-10T02:00:00.000Z' })
    expect(loadDraft(storage, 'u2', 'm1')).toBeNull()
    saveDraft(storage, 'u1', 'm1', '')
    expect(storage.getItem(draftKey('u1', 'm1'))).toBeNull()
  })

  it('report a browser that refuses to store', () => {
    const full = { setItem: () => { throw new Error('QuotaExceededError') }, removeItem: () => {}, getItem: () => null }
    expect(saveDraft(full, 'u1', 'm1', '文字')).toBeNull()
  })
})

describe('essay files are checked before sending', () => {
  it('accepts .docx, .pdf and .txt under 10 MB', () => {
    expect(checkEssayFile({ name: '规划.DOCX', size: 2048 })).toBeNull()
    expect(checkEssayFile({ name: 'a.pdf', size: 10 * 1024 * 1024 })).toBeNull()
  })

  it('explains what is refused', () => {
    expect(checkEssayFile({ name: 'a.doc', size: 10 })).toContain('.docx')
    expect(checkEssayFile({ name: 'a.jpg', size: 10 })).toBe('仅支持上传 .docx、.pdf 或 .txt 文件')
    expect(checkEssayFile({ name: 'a.txt', size: 0 })).toBe('文件是空的，请检查后重新选择')
    expect(checkEssayFile({ name: 'a.pdf', size: 10 * 1024 * 1024 + 1 })).toContain('10 MB')
  })
})

describe('ID numbers', () => {
  it('checks length, birth date and the check character', () => {
    expect(checkIdNumber('11010519491231002X')).toBeNull()
    expect(checkIdNumber('11010519491231002x')).toBeNull()
    expect(checkIdNumber('110105194912310021')).toBe('身份证号码校验位不正确，请核对后重新输入')
    expect(checkIdNumber('1101051949123')).toBe('身份证号码应为 18 位（最后一位可以是 X）')
    expect(checkIdNumber('')).toBe('请输入身份证号码')
  })
})

describe('the caller from the access token', () => {
  const payload = {
    sub: 'abc',
    preferred_username: 'qs-teacher-liwen',
    given_name: '文',
    family_name: '李',
    county: 'qingshan',
    school: 'qs-shiyan',
    roles: ['TEACHER', 'default-roles-wangben'],
    exp: 1700000000,
  }
  const token = `x.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`

  it('reads Chinese claims and keeps only the platform roles', () => {
    const caller = callerFromClaims(decodeJwtPayload(token))
    expect(caller).toMatchObject({ id: 'abc', name: '李文', county: 'qingshan', roles: ['TEACHER'] })
    expect(caller.expiresAt).toBe(1700000000000)
  })

  it('builds the menu from the roles', () => {
    expect(navFor(['TEACHER']).map((i) => i.title)).toEqual(['我的研修'])
    expect(navFor(['COUNTY_ADMIN']).map((i) => i.title)).toEqual(['研修项目', '作业批阅', '数据看板'])
    expect(homeFor(['TEACHER'])).toBe('/teacher/programmes')
    expect(homeFor([])).toBe('/welcome')
  })
})
