import { onBeforeUnmount, ref } from 'vue'

/** True on a phone-sized screen (below 768 px), kept up to date as the window turns or resizes. */
export function useMobile(query = '(max-width: 767px)') {
  const media = window.matchMedia(query)
  const mobile = ref(media.matches)
  const update = (e) => {
    mobile.value = e.matches
  }
  media.addEventListener('change', update)
  onBeforeUnmount(() => media.removeEventListener('change', update))
  return mobile
}
