// Login through Keycloak: OpenID Connect authorization code flow with PKCE (S256), by oidc-client-ts.
// Tokens stay in this tab's sessionStorage; the access token is refreshed with the refresh token before it expires.
import { reactive } from 'vue'
import { UserManager, WebStorageStateStore } from 'oidc-client-ts'
import { callerFromClaims, decodeJwtPayload } from './lib/jwt.js'

export const CALLBACK_PATH = '/auth/callback'

/** Reactive: the signed-in caller (from the access token's claims), or null. */
export const session = reactive({ caller: null, ready: false })

let manager = null
let user = null
let refreshing = null

function setUser(next) {
  user = next && !next.expired ? next : null
  session.caller = user ? callerFromClaims(decodeJwtPayload(user.access_token)) : null
}

export async function initAuth(config) {
  manager = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code', // with PKCE S256, which oidc-client-ts always adds for the code flow
    scope: 'openid profile',
    loadUserInfo: false,
    monitorSession: false,
    automaticSilentRenew: true, // uses the refresh token ~60 s before the access token expires
    accessTokenExpiringNotificationTimeInSeconds: 60,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  })
  manager.events.addUserLoaded(setUser)
  manager.events.addUserUnloaded(() => setUser(null))
  manager.events.addSilentRenewError((e) => console.warn('token refresh failed', e))
  manager.events.addAccessTokenExpired(() => refresh())
  setUser(await manager.getUser())
  if (!user && (await manager.getUser())) {
    await refresh() // an expired access token with a refresh token still valid
  }
  session.ready = true
}

async function refresh() {
  if (!manager) return null
  if (!refreshing) {
    refreshing = manager
      .signinSilent()
      .then((u) => {
        setUser(u)
        return user
      })
      .catch((e) => {
        console.warn('token refresh failed', e)
        setUser(null)
        return null
      })
      .finally(() => {
        refreshing = null
      })
  }
  return refreshing
}

/** A valid access token (refreshed first if it expires within 30 s), or null when the user must log in again. */
export async function accessToken() {
  if (!user) return null
  if (user.expires_in !== undefined && user.expires_in < 30) {
    await refresh()
  }
  return user ? user.access_token : null
}

export function login(returnTo = '/') {
  return manager.signinRedirect({ state: { returnTo } })
}

/** Completes the login after Keycloak redirected back; returns where the user wanted to go. */
export async function completeLogin() {
  const u = await manager.signinRedirectCallback()
  setUser(u)
  const returnTo = u.state && typeof u.state.returnTo === 'string' ? u.state.returnTo : '/'
  // only paths of this site, never an open redirect
  return returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/'
}

export async function logout() {
  try {
    await manager.signoutRedirect()
  } catch (e) {
    await manager.removeUser()
    window.location.assign('/')
  }
}
