import { describe, expect, it } from 'vitest'
import {
  bandLabel,
  bandOf,
  bandsFor,
  checkScore,
  formatScore,
  markShared,
  scoreAfterBandChange,
  scoreForServer,
  sharedShare,
  toTenths,
} from './grading.js'

// as the server sends them for a 20-point module (ItemView.bands)
const BANDS = [
  { name: '优秀', min: 18.0, max: 20.0 },
  { name: '良好', min: 12.0, max: 17.9 },
  { name: '一般', min: 6.0, max: 11.9 },
]

describe('scores in tenths', () => {
  it('reads one-decimal scores exactly, whatever their spelling', () => {
    expect(toTenths('17.5')).toBe(175)
    expect(toTenths('18')).toBe(180)
    expect(toTenths('18.0')).toBe(180)
    expect(toTenths('18.50')).toBe(185)
    expect(toTenths(11.9)).toBe(119)
    expect(toTenths(' 6 ')).toBe(60)
    expect(toTenths('1800')).toBe(18000)
  })

  it('refuses what is not a one-decimal score', () => {
    for (const bad of ['17.55', '18.05', '-1', '1e2', 'abc', '', '18.', '.5', null, undefined, NaN]) {
      expect(toTenths(bad)).toBeNull()
    }
  })

  it('shows server scores with one decimal', () => {
    expect(formatScore(18)).toBe('18.0')
    expect(formatScore('17.9')).toBe('17.9')
    expect(formatScore(null)).toBe('—')
  })

  it('sends the typed decimal as a number whose JSON is that decimal', () => {
    expect(JSON.stringify({ score: scoreForServer('17.5') })).toBe('{"score":17.5}')
    expect(JSON.stringify({ score: scoreForServer('18.0') })).toBe('{"score":18}')
    expect(scoreForServer('17.55')).toBeNull()
  })
})

describe('bands set the allowed score range', () => {
  it('accepts both bounds of a band and nothing outside it', () => {
    expect(checkScore('18', '优秀', BANDS)).toBeNull()
    expect(checkScore('20.0', '优秀', BANDS)).toBeNull()
    expect(checkScore('17.9', '良好', BANDS)).toBeNull()
    expect(checkScore('12', '良好', BANDS)).toBeNull()
    expect(checkScore('6.0', '一般', BANDS)).toBeNull()
    expect(checkScore('17.9', '优秀', BANDS)).toBe('「优秀」档的分数须在 18.0 到 20.0 之间（当前 17.9）')
    expect(checkScore('20.1', '优秀', BANDS)).toBe('「优秀」档的分数须在 18.0 到 20.0 之间（当前 20.1）')
    expect(checkScore('11.9', '良好', BANDS)).toBe('「良好」档的分数须在 12.0 到 17.9 之间（当前 11.9）')
    expect(checkScore('5.9', '一般', BANDS)).toBe('「一般」档的分数须在 6.0 到 11.9 之间（当前 5.9）')
  })

  it('asks for a score, one decimal and a band first', () => {
    expect(checkScore('', '优秀', BANDS)).toBe('请填写分数')
    expect(checkScore('18.25', '优秀', BANDS)).toBe('分数最多保留一位小数（当前 18.25）')
    expect(checkScore('十八', '优秀', BANDS)).toBe('分数必须是数字，最多保留一位小数')
    expect(checkScore('18', '', BANDS)).toBe('请先选择评分档次')
    expect(checkScore('18', '及格', BANDS)).toBe('评分档次「及格」不存在')
  })

  it('finds the band of a score; the gaps between bands belong to none', () => {
    expect(bandOf(BANDS, '19.5')).toBe('优秀')
    expect(bandOf(BANDS, 17.9)).toBe('良好')
    expect(bandOf(BANDS, '11.9')).toBe('一般')
    expect(bandOf(BANDS, '5.9')).toBeNull()
    expect(bandOf(BANDS, '20.1')).toBeNull()
  })

  it('keeps a score inside the newly chosen band and clears one outside it', () => {
    expect(scoreAfterBandChange('17', '良好', BANDS)).toBe('17')
    expect(scoreAfterBandChange('17', '优秀', BANDS)).toBe('')
    expect(scoreAfterBandChange('', '优秀', BANDS)).toBe('')
  })

  it('labels a band with its range', () => {
    expect(bandLabel(BANDS[1])).toBe('12.0–17.9 分')
  })
})

describe('bands of a module, as BandPolicy derives them', () => {
  it('are the notice bands at 20 points', () => {
    expect(bandsFor(20)).toEqual([
      { name: '优秀', min: '18.0', max: '20.0' },
      { name: '良好', min: '12.0', max: '17.9' },
      { name: '一般', min: '6.0', max: '11.9' },
    ])
  })

  it('scale lower bounds half up and stay contiguous at other sizes', () => {
    expect(bandsFor(10)).toEqual([
      { name: '优秀', min: '9.0', max: '10.0' },
      { name: '良好', min: '6.0', max: '8.9' },
      { name: '一般', min: '3.0', max: '5.9' },
    ])
    // 18 × 15 / 20 = 13.5, 12 × 15 / 20 = 9.0, 6 × 15 / 20 = 4.5
    expect(bandsFor(15).map((b) => `${b.min}-${b.max}`)).toEqual(['13.5-15.0', '9.0-13.4', '4.5-8.9'])
    // 18 × 7 / 20 = 6.3, 12 × 7 / 20 = 4.2, 6 × 7 / 20 = 2.1
    expect(bandsFor(7).map((b) => `${b.min}-${b.max}`)).toEqual(['6.3-7.0', '4.2-6.2', '2.1-4.1'])
    // 18 × 1 / 20 = 0.9, 12 / 20 = 0.6, 6 / 20 = 0.3
    expect(bandsFor(1).map((b) => `${b.min}-${b.max}`)).toEqual(['0.9-1.0', '0.6-0.8', '0.3-0.5'])
  })

  it('are empty for points the server would refuse', () => {
    expect(bandsFor(0)).toEqual([])
    expect(bandsFor('')).toEqual([])
    expect(bandsFor(2.5)).toEqual([])
  })
})

describe('near-copies side by side', () => {
  const original = '教师的专业发展离不开持续学习。我计划每学期读两本教育专著！好。\n坚持写教学反思，提升课堂质量。'
  const copy = '教师的专业发展，离不开持续学习。我打算每月读一本书。好。\n坚持写教学反思 提升课堂质量'

  it('marks the sentences both essays share, ignoring spaces and punctuation', () => {
    const segments = markShared(copy, original)
    expect(segments.map((s) => s.text).join('')).toBe(copy)
    expect(segments.filter((s) => s.shared).map((s) => s.text)).toEqual(['教师的专业发展，离不开持续学习。', '坚持写教学反思 提升课堂质量'])
  })

  it('never counts very short sentences as shared', () => {
    expect(markShared('好。', '好。').some((s) => s.shared)).toBe(false)
  })

  it('tells what share of the essay is shared', () => {
    expect(sharedShare(markShared(original, original))).toBeGreaterThan(0.9)
    expect(sharedShare(markShared('完全不同的一篇文章内容在这里。', original))).toBe(0)
    expect(sharedShare([])).toBe(0)
  })
})
