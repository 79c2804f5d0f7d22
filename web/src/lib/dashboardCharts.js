// ECharts options of the official's dashboard, from the shapes of dashboard.js. Plain objects, so they can be tested.
import { completionByModule, completionBySchool, distribution, perHour } from './dashboard.js'

const PALETTE = ['#1f6feb', '#2e7d32', '#e6a23c', '#8e44ad', '#d35400', '#16a085']
const GRID = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true }
const LEGEND = { top: 0, type: 'scroll' }
const LABEL = { interval: 0, width: 84, overflow: 'truncate' }

/** Essays submitted per school, one stacked bar per module. */
export function completionBySchoolOption(county) {
  const c = completionBySchool(county)
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: LEGEND,
    grid: GRID,
    xAxis: { type: 'category', data: c.categories, axisLabel: LABEL },
    yAxis: { type: 'value', name: '提交人数', minInterval: 1 },
    series: c.series.map((s) => ({ name: s.name, type: 'bar', stack: 'submitted', data: s.data, barMaxWidth: 36 })),
  }
}

/** Per module: enrolled, submitted, on time, graded side by side. */
export function completionByModuleOption(county) {
  const c = completionByModule(county)
  const bar = (name, data, color) => ({ name, type: 'bar', data, itemStyle: { color }, barMaxWidth: 28, label: { show: true, position: 'top' } })
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: LEGEND,
    grid: GRID,
    xAxis: { type: 'category', data: c.categories, axisLabel: LABEL },
    yAxis: { type: 'value', name: '人数', minInterval: 1 },
    series: [
      bar('报名', c.enrolled, '#c0c4cc'),
      bar('已提交', c.submitted, '#1f6feb'),
      bar('按时提交', c.onTime, '#2e7d32'),
      bar('已批阅', c.graded, '#e6a23c'),
    ],
  }
}

/** Submissions in each clock hour (Beijing time) of the 24 hours before the module's cutoff. */
export function perHourOption(moduleDetail, cutoffLabel) {
  const p = perHour(moduleDetail)
  return {
    tooltip: { trigger: 'axis' },
    grid: { ...GRID, top: 32 },
    xAxis: { type: 'category', data: p.labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: '提交份数', minInterval: 1 },
    series: [
      {
        name: '提交份数',
        type: 'bar',
        data: p.counts,
        itemStyle: { color: '#1f6feb' },
        barMaxWidth: 20,
        markLine: cutoffLabel
          ? { symbol: 'none', label: { formatter: cutoffLabel, position: 'insideEndTop' }, lineStyle: { color: '#c0392b' }, data: [{ xAxis: p.labels.length - 1 }] }
          : undefined,
      },
    ],
  }
}

/** Graded essays per band and missing essays, stacked per module. */
export function distributionOption(county) {
  const d = distribution(county)
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: LEGEND,
    grid: GRID,
    xAxis: { type: 'category', data: d.categories, axisLabel: LABEL },
    yAxis: { type: 'value', name: '份数', minInterval: 1 },
    series: d.series.map((s) => ({ name: s.name, type: 'bar', stack: 'bands', data: s.data, itemStyle: { color: s.colour }, barMaxWidth: 36 })),
  }
}
