// 居民身份证号码 (GB 11643): 17 digits and a check character (0-9 or X). A first check in the form; the server decides.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

export function normaliseIdNumber(value) {
  return (value || '').replace(/\s+/g, '').toUpperCase()
}

/** null when the number looks right, else a Chinese sentence saying what is wrong. */
export function checkIdNumber(value) {
  const id = normaliseIdNumber(value)
  if (!id) return '请输入身份证号码'
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号码应为 18 位（最后一位可以是 X）'
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  if (month < 1 || month > 12 || day < 1 || day > 31) return '身份证号码中的出生日期不正确'
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]
  if (CHECK[sum % 11] !== id[17]) return '身份证号码校验位不正确，请核对后重新输入'
  return null
}
