// Reads (never verifies) the access token's claims: the gateway and the services verify it.
export function decodeJwtPayload(token) {
  if (typeof token !== 'string') return {}
  const part = token.split('.')[1]
  if (!part) return {}
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=')
    const binary = atob(base64)
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    return JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return {}
  }
}

export const ROLES = ['PLATFORM_ADMIN', 'COUNTY_ADMIN', 'COUNTY_GRADER', 'OFFICIAL', 'SCHOOL_ADMIN', 'TEACHER']

export const ROLE_NAMES = {
  PLATFORM_ADMIN: '平台运维',
  COUNTY_ADMIN: '县进修学校管理员',
  COUNTY_GRADER: '研培员（阅卷）',
  OFFICIAL: '教育局',
  SCHOOL_ADMIN: '校本研修负责人',
  TEACHER: '教师',
}

/** What the UI needs of the caller, from the access token's claims (see docs/identity.md). */
export function callerFromClaims(claims) {
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r) => ROLES.includes(r)) : []
  const family = claims.family_name || ''
  const given = claims.given_name || ''
  // Chinese names: family name first, no space (Keycloak's `name` is "given family")
  const name = family || given ? (/[\u4e00-\u9fff]/.test(family + given) ? family + given : `${given} ${family}`.trim()) : ''
  return {
    id: claims.sub || null,
    username: claims.preferred_username || null,
    name: name || claims.name || claims.preferred_username || '',
    county: claims.county || null,
    school: claims.school || null,
    grantedCounties: Array.isArray(claims.granted_counties) ? claims.granted_counties : [],
    roles,
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : null,
  }
}
