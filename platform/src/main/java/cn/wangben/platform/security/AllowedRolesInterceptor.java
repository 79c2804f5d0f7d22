package cn.wangben.platform.security;

import cn.wangben.platform.web.AllowedRoles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link AllowedRoles}; runs before argument resolution, so before any body is parsed or validated. */
class AllowedRolesInterceptor implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            AllowedRoles allowed = method.getMethodAnnotation(AllowedRoles.class);
            if (allowed != null) {
                CallerArgumentResolver.currentCaller().requireAnyRole(allowed.value());
            }
        }
        return true;
    }
}
