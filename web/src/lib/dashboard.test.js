import { describe, expect, it, vi } from 'vitest'
import {
  completionByModule,
  completionBySchool,
  countyOptions,
  createPoller,
  defaultModule,
  defaultProgramme,
  distribution,
  headline,
  percentText,
  programmeOptions,
  perHour,
  schoolRows,
  watchableCounties,
} from './dashboard.js'

const county = {
  countyId: 'qingshan',
  programmeId: 'p-1',
  modules: [
    { id: 'm-1', programmeId: 'p-1', title: '队伍建设', dueAt: '2026-12-15T00:00:00+08:00', enrolled: 10, submitted: 7, onTime: 6, graded: 4, distribution: { 优秀: 1, 良好: 2, 一般: 1 } },
    { id: 'm-2', programmeId: 'p-1', title: '师德师风', dueAt: '2026-12-22T00:00:00+08:00', enrolled: 10, submitted: 2, onTime: 2, graded: 0, distribution: { 缺交: 3 } },
  ],
  programmes: [{ programmeId: 'p-1', name: '第一学期', enrolled: 10, exempt: 1, results: { status: 'PROVISIONAL', trainees: 10, complete: 3, passed: 2, passRate: '66.7', hoursCredited: 72 } }],
  schools: [
    { schoolId: 'b', schoolName: '第一幼儿园', enrolled: 4, exempt: 0, submittedByModule: { 'm-1': 3 }, risks: [] },
    { schoolId: 'a', schoolName: '实验小学', enrolled: 6, exempt: 1, submittedByModule: { 'm-1': 4, 'm-2': 2 }, risks: [{ rule: 'PLAN_MISSING', detail: '尚未提交校本研修计划' }] },
  ],
  atRisk: [{ schoolId: 'a', schoolName: '实验小学', risks: [{ rule: 'PLAN_MISSING', detail: '尚未提交校本研修计划' }] }],
}

describe('counties a caller may watch', () => {
  it('are an official’s granted counties and a county admin’s own county, from the token only', () => {
    expect(watchableCounties({ roles: ['OFFICIAL'], grantedCounties: ['qingshan', 'yunshui'] })).toEqual(['qingshan', 'yunshui'])
    expect(watchableCounties({ roles: ['COUNTY_ADMIN'], county: 'qingshan', grantedCounties: [] })).toEqual(['qingshan'])
    expect(watchableCounties({ roles: ['TEACHER'], county: 'qingshan' })).toEqual([])
    expect(watchableCounties(null)).toEqual([])
  })

  it('are named from identity where it knows them, by id otherwise', () => {
    expect(countyOptions(['qingshan', 'x'], [{ id: 'qingshan', name: '青山县' }])).toEqual([
      { id: 'qingshan', name: '青山县' },
      { id: 'x', name: 'x' },
    ])
  })
})

describe('figures of a county answer', () => {
  it('add the modules of the programme up and take the pass rate from the programme’s results', () => {
    const h = headline(county, 'p-1')
    expect(h).toMatchObject({ enrolled: 10, exempt: 1, submitted: 9, onTime: 8, graded: 4, passRate: 66.7, passed: 2, hoursCredited: 72, final: false, atRisk: 1 })
  })

  it('show no pass rate rather than 0 when the server has none', () => {
    expect(headline({ modules: [], programmes: [], schools: [] }, 'p-9').passRate).toBeNull()
    expect(percentText(null)).toBe('—')
    expect(percentText('12.50')).toBe('12.5%')
  })

  it('give completion per school and module with 0 where a school has not submitted', () => {
    const bySchool = completionBySchool(county)
    expect(bySchool.categories).toEqual(['第一幼儿园', '实验小学'])
    expect(bySchool.series).toEqual([
      { name: '队伍建设', data: [3, 4] },
      { name: '师德师风', data: [0, 2] },
    ])
    expect(completionByModule(county)).toMatchObject({ submitted: [7, 2], onTime: [6, 2], graded: [4, 0], enrolled: [10, 10] })
  })

  it('give the band distribution per module, missing essays as their own bar', () => {
    const d = distribution(county)
    expect(d.series.map((s) => s.name)).toEqual(['优秀', '良好', '一般', '缺交'])
    expect(d.series[0].data).toEqual([1, 0])
    expect(d.series[3].data).toEqual([0, 3])
  })

  it('label submissions per hour in Beijing time whatever the answer’s offset', () => {
    const p = perHour({ submissionsPerHour: [{ hour: '2026-12-14T15:00:00Z', submissions: 3 }, { hour: '2026-12-14T23:00:00+08:00', submissions: 5 }] })
    expect(p.labels).toEqual(['12-14 23时', '12-14 23时'])
    expect(p.counts).toEqual([3, 5])
    expect(p.total).toBe(8)
  })

  it('put schools at risk first', () => {
    expect(schoolRows(county).map((s) => s.schoolId)).toEqual(['a', 'b'])
  })
})

describe('defaults', () => {
  it('show the next cutoff ahead, or the latest passed one', () => {
    expect(defaultModule(county.modules, Date.parse('2026-12-16T00:00:00+08:00'))).toBe('m-2')
    expect(defaultModule(county.modules, Date.parse('2026-12-10T00:00:00+08:00'))).toBe('m-1')
    expect(defaultModule(county.modules, Date.parse('2027-01-01T00:00:00+08:00'))).toBe('m-2')
    expect(defaultModule([], 0)).toBeNull()
  })

  it('offer programmes without figures yet, known from their modules or the address', () => {
    const answer = { programmes: [{ programmeId: 'p-1', name: '第一学期' }], modules: [{ programmeId: 'p-1' }, { programmeId: 'p-2abcdefgh' }] }
    expect(programmeOptions(answer, 'p-3').map((p) => p.programmeId)).toEqual(['p-1', 'p-2abcdefgh', 'p-3'])
    expect(programmeOptions(answer, 'p-1')[0].name).toBe('第一学期')
    expect(programmeOptions(answer, null)[1].name).toBe('研修项目 p-2abcde（暂无数据）')
    expect(programmeOptions(null, null)).toEqual([])
  })

  it('show the programme asked for when it exists, else the newest', () => {
    const list = [{ programmeId: 'p-1' }, { programmeId: 'p-2' }]
    expect(defaultProgramme(list, 'p-1')).toBe('p-1')
    expect(defaultProgramme(list, 'nope')).toBe('p-2')
    expect(defaultProgramme([], 'p-1')).toBeNull()
  })
})

describe('live refresh', () => {
  function fakeDocument(state = 'visible') {
    const listeners = new Set()
    return {
      visibilityState: state,
      addEventListener: (type, fn) => listeners.add(fn),
      removeEventListener: (type, fn) => listeners.delete(fn),
      show(next) {
        this.visibilityState = next
        listeners.forEach((fn) => fn())
      },
    }
  }

  it('polls while the tab is visible, pauses while hidden and loads at once when shown again', async () => {
    vi.useFakeTimers()
    const doc = fakeDocument()
    const load = vi.fn(async () => {})
    const poller = createPoller(load, 5000, doc)
    poller.start()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(load).toHaveBeenCalledTimes(2)

    doc.show('hidden')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(load).toHaveBeenCalledTimes(2)
    expect(poller.active).toBe(false)

    doc.show('visible')
    expect(load).toHaveBeenCalledTimes(3)
    await vi.advanceTimersByTimeAsync(5000)
    expect(load).toHaveBeenCalledTimes(4)

    poller.stop()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(load).toHaveBeenCalledTimes(4)
    vi.useRealTimers()
  })

  it('never sends a request while the previous one is still unanswered', async () => {
    vi.useFakeTimers()
    let release
    const load = vi.fn(() => new Promise((resolve) => (release = resolve)))
    const poller = createPoller(load, 1000, fakeDocument())
    poller.start()
    await vi.advanceTimersByTimeAsync(5000)
    expect(load).toHaveBeenCalledTimes(1)
    release()
    await vi.advanceTimersByTimeAsync(1000)
    expect(load).toHaveBeenCalledTimes(2)
    poller.stop()
    vi.useRealTimers()
  })
})
