package cn.wangben.platform.web;

import cn.wangben.platform.domain.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint at all, checked before the request body is read or validated: a caller who may
 * never do this gets 403, not a 400 about a body they should not have sent. County, school and ownership are still the
 * use case's to check.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedRoles {
    Role[] value();
}
