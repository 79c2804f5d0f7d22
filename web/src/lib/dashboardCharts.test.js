import { describe, expect, it } from 'vitest'
import { completionByModuleOption, completionBySchoolOption, distributionOption, perHourOption } from './dashboardCharts.js'

const county = {
  modules: [
    { id: 'm-1', title: '队伍建设', enrolled: 10, submitted: 7, onTime: 6, graded: 4, distribution: { 优秀: 1, 良好: 3 } },
    { id: 'm-2', title: '师德师风', enrolled: 10, submitted: 0, onTime: 0, graded: 0, distribution: {} },
  ],
  schools: [{ schoolId: 'a', schoolName: '实验小学', submittedByModule: { 'm-1': 7 } }],
}

describe('dashboard charts', () => {
  it('stack each module’s submissions per school', () => {
    const o = completionBySchoolOption(county)
    expect(o.xAxis.data).toEqual(['实验小学'])
    expect(o.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['队伍建设', 'submitted', [7]],
      ['师德师风', 'submitted', [0]],
    ])
  })

  it('put enrolled, submitted, on time and graded side by side per module', () => {
    const o = completionByModuleOption(county)
    expect(o.series.map((s) => s.name)).toEqual(['报名', '已提交', '按时提交', '已批阅'])
    expect(o.series[1].data).toEqual([7, 0])
  })

  it('mark the cutoff after the last hour of the per-hour series', () => {
    const o = perHourOption({ submissionsPerHour: [{ hour: '2026-12-14T22:00:00+08:00', submissions: 2 }, { hour: '2026-12-14T23:00:00+08:00', submissions: 9 }] }, '截止')
    expect(o.xAxis.data).toEqual(['12-14 22时', '12-14 23时'])
    expect(o.series[0].data).toEqual([2, 9])
    expect(o.series[0].markLine.data).toEqual([{ xAxis: 1 }])
    expect(perHourOption(null, '').series[0].markLine).toBeUndefined()
  })

  it('stack the bands, missing essays last, with zeros where a module has none', () => {
    const o = distributionOption(county)
    expect(o.series.map((s) => s.name)).toEqual(['优秀', '良好', '一般', '缺交'])
    expect(o.series[1].data).toEqual([3, 0])
    expect(o.series.every((s) => s.stack === 'bands')).toBe(true)
  })
})
