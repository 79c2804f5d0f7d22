import { describe, expect, it } from 'vitest'
import { emptyActivity, emptyAssignment, mergeProblems, pathLabel, planContent, planModel, validatePlan } from './schoolPlan.js'
import { newItem } from './schoolRubric.js'

function complete() {
  const model = planModel(null)
  model.objectives = '提升课堂教学能力'
  model.activities = [
    { ...emptyActivity(), startDate: '2019-12-10', content: '新课标专题讲座', forms: ['专题讲座'] },
    { ...emptyActivity(), startDate: '2019-12-16', endDate: '2019-12-17', content: '同课异构', forms: ['听课评课', '集体备课'] },
  ]
  model.assignments = [
    { ...emptyAssignment(), title: '听课记录', dueDate: '2019-12-20' },
    { ...emptyAssignment(), title: '教学反思', dueDate: '2019-12-27' },
  ]
  model.rubric.items = [{ ...newItem('ATTENDANCE', 'a'), title: '出勤', max: '20' }, { ...newItem('MANUAL', 'b'), title: '综合评定', max: '20' }]
  return model
}

describe('plan checks, as plan-service refuses a submission', () => {
  it('accepts a plan with two activities, two assignments and a rubric of 40', () => {
    expect(validatePlan(complete(), '2019-12-05', '2019-12-31')).toEqual([])
  })

  it('needs two activities and two assignments, inside the programme period', () => {
    const model = complete()
    model.activities.pop()
    model.assignments[1].dueDate = '2020-01-05'
    model.activities[0].endDate = '2019-12-09'
    const problems = mergeProblems(validatePlan(model, '2019-12-05', '2019-12-31'))
    expect(problems.activities).toBe('至少安排 2 项课程或活动（当前 1 项）')
    expect(problems['activities[0].endDate']).toBe('活动结束日期不能早于开始日期')
    expect(problems['assignments[1].dueDate']).toBe('作业截止日期必须在研修周期（2019-12-05 至 2019-12-31）之内')
  })

  it('merges the form and server messages for one field without repeating them', () => {
    const merged = mergeProblems(
      [{ path: 'objectives', message: '请填写研修目标' }],
      [{ field: 'objectives', message: '请填写研修目标' }, { field: 'rubric.items[0].rule.tiers[0].label', message: '档次名称不能为空' }],
    )
    expect(merged).toEqual({ objectives: '请填写研修目标', 'rubric.items[0].rule.options[0].name': '档次名称不能为空' })
  })

  it('names fields in Chinese for the list above the form', () => {
    expect(pathLabel('activities[1].content')).toBe('第2项活动 · 活动内容')
    expect(pathLabel('rubric.declaredTotal')).toBe('细则总分')
    expect(pathLabel('rubric')).toBe('考核细则')
    expect(pathLabel('rubric.items[2].rule.options[0].points')).toBe('考核细则第3项 · 第1个选项 · 分值')
  })

  it('sends blanks as null and keeps the plan API shape', () => {
    const content = planContent(complete())
    expect(content.activities[0]).toMatchObject({ startDate: '2019-12-10', endDate: null, forms: ['专题讲座'], practice: true, presenter: null })
    expect(content.rubric.declaredTotal).toBe(40)
    expect(planModel(content).activities[1].endDate).toBe('2019-12-17')
  })
})
