import { createRouter, createWebHistory } from 'vue-router'
import { CALLBACK_PATH, login, session } from './auth.js'
import { NAV, homeFor, mayVisit } from './lib/navigation.js'
import AppLayout from './layouts/AppLayout.vue'

const soon = NAV.filter((item) => item.soon).map((item) => ({
  path: item.path.slice(1),
  component: () => import('./views/ComingSoon.vue'),
  meta: { roles: item.roles, title: item.title },
}))

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(),
    scrollBehavior: (to, from, saved) => saved || { top: 0 },
    routes: [
      { path: CALLBACK_PATH, component: () => import('./views/AuthCallback.vue'), meta: { public: true, title: '正在登录' } },
      {
        path: '/login-unavailable',
        component: () => import('./views/LoginUnavailable.vue'),
        meta: { public: true, title: '无法登录' },
      },
      {
        path: '/',
        component: AppLayout,
        children: [
          // resolved in the guard, after login: a redirect here would be resolved before it, without roles
          { path: '', component: () => import('./views/WelcomeView.vue'), meta: { home: true, title: '欢迎' } },
          { path: 'welcome', component: () => import('./views/WelcomeView.vue'), meta: { title: '欢迎' } },
          {
            path: 'teacher/programmes',
            component: () => import('./views/teacher/ProgrammesView.vue'),
            meta: { roles: ['TEACHER'], title: '我的研修' },
          },
          {
            path: 'teacher/programmes/:programmeId',
            component: () => import('./views/teacher/ProgrammeView.vue'),
            props: true,
            meta: { roles: ['TEACHER'], title: '研修项目', nav: '/teacher/programmes' },
          },
          {
            path: 'teacher/programmes/:programmeId/modules/:moduleId',
            component: () => import('./views/teacher/ModuleView.vue'),
            props: true,
            meta: { roles: ['TEACHER'], title: '研修板块', nav: '/teacher/programmes' },
          },
          // county admin's and grader's screens
          {
            path: 'county/programmes',
            component: () => import('./views/county/ProgrammesView.vue'),
            meta: { roles: ['COUNTY_ADMIN'], title: '研修项目' },
          },
          {
            path: 'county/programmes/:programmeId',
            component: () => import('./views/county/ProgrammeView.vue'),
            props: true,
            meta: { roles: ['COUNTY_ADMIN'], title: '研修项目', nav: '/county/programmes' },
          },
          {
            path: 'grading',
            component: () => import('./views/grader/QueueView.vue'),
            meta: { roles: ['COUNTY_GRADER', 'COUNTY_ADMIN'], title: '作业批阅' },
          },
          {
            path: 'grading/modules/:moduleId/items/:teacherId',
            component: () => import('./views/grader/GradeView.vue'),
            props: true,
            meta: { roles: ['COUNTY_GRADER', 'COUNTY_ADMIN'], title: '批阅作业', nav: '/grading' },
          },
          // school admin (校本研修负责人)
          {
            path: 'school',
            component: () => import('./views/school/SchoolProgrammesView.vue'),
            meta: { roles: ['SCHOOL_ADMIN'], title: '校本研修' },
          },
          {
            path: 'school/programmes/:programmeId',
            component: () => import('./views/school/SchoolProgrammeView.vue'),
            props: true,
            meta: { roles: ['SCHOOL_ADMIN'], title: '校本研修', nav: '/school' },
          },
          ...soon,
          { path: 'forbidden', component: () => import('./views/ForbiddenView.vue'), meta: { title: '无权访问' } },
          { path: ':pathMatch(.*)*', component: () => import('./views/NotFoundView.vue'), meta: { title: '页面不存在' } },
        ],
      },
    ],
  })

  router.beforeEach(async (to) => {
    if (to.meta.public) return true
    if (!session.caller) {
      try {
        await login(to.fullPath)
        return false
      } catch (e) {
        // Keycloak cannot be reached (its discovery document is fetched first)
        console.error(e)
        return { path: '/login-unavailable', query: { from: to.fullPath } }
      }
    }
    if (to.meta.home) {
      const home = homeFor(session.caller.roles)
      if (home !== '/welcome') return { path: home, replace: true }
    }
    if (!mayVisit(session.caller.roles, to.meta.roles)) {
      return { path: '/forbidden', query: { from: to.fullPath } }
    }
    return true
  })

  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · 网本研修` : '网本研修'
  })

  return router
}
