import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { takeFieldErrors } from '../api.js'

/**
 * The submit flow of a county form: clear the fields' server errors, validate, send. A refusal the server pins to fields
 * shows under them; any other refusal shows as a message that stays long enough to be read.
 */
export function useFormSubmit(formRef, errors, send) {
  const busy = ref(false)
  async function submit() {
    takeFieldErrors(null, errors)
    if (!(await formRef.value.validate().catch(() => false))) return
    busy.value = true
    try {
      await send()
    } catch (e) {
      takeFieldErrors(e, errors)
      if (!Object.values(errors).some(Boolean)) ElMessage({ type: 'error', message: e.message, showClose: true, duration: 6000 })
    } finally {
      busy.value = false
    }
  }
  return { busy, submit }
}
