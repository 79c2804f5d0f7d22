import { beforeEach, describe, expect, it, vi } from 'vitest'
import { reactive, ref } from 'vue'

const shown = []
vi.mock('element-plus', () => ({ ElMessage: (m) => shown.push(m), ElMessageBox: {} }))
vi.mock('../auth.js', () => ({ accessToken: () => null, login: () => {} }))

const { useFormSubmit } = await import('./useFormSubmit.js')

const form = (valid) => ref({ validate: () => (valid ? Promise.resolve(true) : Promise.reject(new Error('invalid'))) })

describe('the submit flow of a county form', () => {
  beforeEach(() => (shown.length = 0))

  it('sends nothing while a field is invalid', async () => {
    const send = vi.fn()
    const { submit } = useFormSubmit(form(false), reactive({ reason: '' }), send)
    await submit()
    expect(send).not.toHaveBeenCalled()
  })

  it("puts the server's field errors under the fields, with no message", async () => {
    const errors = reactive({ reason: 'old', until: '' })
    const { submit, busy } = useFormSubmit(form(true), errors, async () => {
      throw Object.assign(new Error('请求有误'), { fields: { until: '延期须晚于截止时间' } })
    })
    await submit()
    expect(errors).toEqual({ reason: '', until: '延期须晚于截止时间' })
    expect(shown).toEqual([])
    expect(busy.value).toBe(false)
  })

  it('shows any other refusal as a message that stays', async () => {
    const { submit } = useFormSubmit(form(true), reactive({ reason: '' }), async () => {
      throw new Error('该教师已登记免修')
    })
    await submit()
    expect(shown).toEqual([{ type: 'error', message: '该教师已登记免修', showClose: true, duration: 6000 }])
  })

  it('is busy while it sends', async () => {
    let during
    const { submit, busy } = useFormSubmit(form(true), reactive({}), async () => (during = busy.value))
    await submit()
    expect(during).toBe(true)
    expect(busy.value).toBe(false)
  })
})
