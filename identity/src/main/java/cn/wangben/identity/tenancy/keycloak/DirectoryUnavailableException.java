package cn.wangben.identity.tenancy.keycloak;

import cn.wangben.platform.domain.DomainException;

/** Keycloak could not be reached or refused an admin call; the user may retry, every provisioning step is repeatable. */
class DirectoryUnavailableException extends DomainException {
    DirectoryUnavailableException(String what, Throwable cause) {
        super(Kind.UNAVAILABLE, "identity-unavailable", null, "身份认证服务暂时不可用，请稍后重试", cause);
        // what is for the log only: it may name an account, never shown to the user
    }
}
