// Role-aware navigation: what each role sees in the menu, and where each role lands after login.
export const NAV = [
  { path: '/teacher/programmes', title: '我的研修', icon: 'Reading', roles: ['TEACHER'] },
  { path: '/school', title: '校本研修', icon: 'School', roles: ['SCHOOL_ADMIN'] },
  { path: '/county/programmes', title: '研修项目', icon: 'Calendar', roles: ['COUNTY_ADMIN'] },
  { path: '/grading', title: '作业批阅', icon: 'EditPen', roles: ['COUNTY_GRADER', 'COUNTY_ADMIN'] },
  { path: '/dashboard', title: '数据看板', icon: 'DataAnalysis', roles: ['OFFICIAL', 'COUNTY_ADMIN'], soon: true },
  { path: '/platform/counties', title: '县区管理', icon: 'OfficeBuilding', roles: ['PLATFORM_ADMIN'], soon: true },
]

export function navFor(roles) {
  const mine = new Set(roles || [])
  return NAV.filter((item) => item.roles.some((r) => mine.has(r)))
}

/** The first page of the menu, or the welcome page for an account with no role the UI knows. */
export function homeFor(roles) {
  const items = navFor(roles)
  return items.length ? items[0].path : '/welcome'
}

export function mayVisit(roles, required) {
  if (!required || required.length === 0) return true
  const mine = new Set(roles || [])
  return required.some((r) => mine.has(r))
}
