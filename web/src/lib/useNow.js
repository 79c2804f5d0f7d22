import { onBeforeUnmount, onMounted, ref } from 'vue'
import { serverNow } from './clock.js'

// One timer for every countdown on the page.
const now = ref(serverNow())
let users = 0
let timer = null

export function useNow() {
  onMounted(() => {
    users++
    if (!timer) {
      now.value = serverNow()
      timer = setInterval(() => {
        now.value = serverNow()
      }, 1000)
    }
  })
  onBeforeUnmount(() => {
    users--
    if (users === 0 && timer) {
      clearInterval(timer)
      timer = null
    }
  })
  return now
}
