import { describe, expect, it } from 'vitest'
import { ApiError, NETWORK_MESSAGE, fieldErrors, parseProblem, problemCode, problemMessage } from './problems.js'

describe('problem+json to a Chinese message', () => {
  it("shows the server's detail as is", () => {
    const problem = {
      type: 'urn:wangben:problem:essay-late',
      status: 422,
      detail: '已超过截止时间（2019年12月15日 24:00），不再接收作业',
    }
    const error = new ApiError(422, problem, 'req-1')
    expect(error.message).toBe('已超过截止时间（2019年12月15日 24:00），不再接收作业')
    expect(error.code).toBe('essay-late')
    expect(error.requestId).toBe('req-1')
  })

  it('falls back to a Chinese sentence for the status when there is no detail', () => {
    expect(problemMessage(503, null)).toBe('服务暂时不可用，请稍后重试')
    expect(problemMessage(500, { title: 'Internal Server Error' })).toBe('服务器内部错误，请稍后重试')
    expect(problemMessage(599, null)).toBe('服务器内部错误，请稍后重试')
    expect(problemMessage(418, null)).toBe('请求失败（418）')
    expect(problemMessage(0, null)).toBe(NETWORK_MESSAGE)
  })

  it('reads the gateway answers too (401, 413, 429)', () => {
    const body = '{"type":"urn:wangben:problem:rate-limited","status":429,"detail":"请求过于频繁，请稍后再试"}'
    const problem = parseProblem(body, 'application/problem+json')
    expect(problemMessage(429, problem)).toBe('请求过于频繁，请稍后再试')
    expect(problemCode(problem)).toBe('rate-limited')
  })

  it('does not take an HTML error page for a problem', () => {
    expect(parseProblem('<html><body>Bad Gateway</body></html>', 'text/html')).toBeNull()
    expect(parseProblem('', 'application/json')).toBeNull()
    expect(parseProblem('{not json', 'application/json')).toBeNull()
  })
})

describe('field errors for the form', () => {
  it('come from errors[] of a validation problem', () => {
    const problem = {
      status: 400,
      detail: '请求数据校验未通过：text 作业内容不能为空',
      errors: [{ field: 'text', message: '作业内容不能为空' }],
    }
    expect(fieldErrors(problem)).toEqual({ text: '作业内容不能为空' })
  })

  it('come from violations[] and join two messages of one field', () => {
    const problem = {
      detail: '校验未通过',
      violations: [
        { field: 'title', message: '标题不能为空' },
        { field: 'title', message: '标题不能超过 100 字' },
      ],
    }
    expect(fieldErrors(problem)).toEqual({ title: '标题不能为空；标题不能超过 100 字' })
  })

  it('come from a single field with the detail as message', () => {
    const problem = { detail: '本校学员名册中没有这个身份证号，请核对，或联系学校校本研修负责人', field: 'idNumber' }
    expect(new ApiError(422, problem).fields).toEqual({
      idNumber: '本校学员名册中没有这个身份证号，请核对，或联系学校校本研修负责人',
    })
  })

  it('are empty for a problem that names no field', () => {
    expect(fieldErrors({ detail: '当前账号没有访问此资源的权限' })).toEqual({})
    expect(fieldErrors(null)).toEqual({})
  })
})
