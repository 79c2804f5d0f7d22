import { computed } from 'vue'

/** Date pickers of the plan offer only the programme period's days (plain calendar dates, compared as text). */
export function usePeriod(props) {
  const day = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  const outside = (d) => (props.periodStart && day(d) < props.periodStart) || (props.periodEnd && day(d) > props.periodEnd)
  // the picker opens on the period's month, not today's
  const periodStartDate = computed(() => (props.periodStart ? new Date(`${props.periodStart}T00:00:00`) : undefined))
  return { outside, periodStartDate }
}
