package cn.wangben.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's checks of the bearer header, without regular expressions over the token. Its resolver matches the
 * whole header against a pattern, and its firewall matches every header value again each time one is read (the
 * Authorization header several times per request); over a 1.5 KB token the two regexes took about 8 % of a submission's
 * CPU. These accept and refuse exactly what those patterns do, one character at a time.
 */
final class BearerHeaders {
    private static final String SCHEME = "Bearer ";

    private BearerHeaders() {}

    /**
     * The token of an {@code Authorization: Bearer …} header, as {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$}
     * (case-insensitive scheme) finds it; null without such a header, an error when the header is malformed.
     */
    static BearerTokenResolver resolver() {
        return (HttpServletRequest request) -> token(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    static String token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = authorization.substring(SCHEME.length());
        if (!isToken68(token)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return token;
    }

    /** RFC 6750's b64token: one or more of {@code A-Z a-z 0-9 - . _ ~ + /}, then any number of {@code =}. */
    static boolean isToken68(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isTokenChar(s.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < n && s.charAt(i) == '=') {
            i++;
        }
        return i == n;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/';
    }

    /**
     * The firewall's default header-value rule, {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: every code point assigned
     * and none a control character. Printable ASCII, nearly every header, passes without a table lookup. An absent
     * header (null) is allowed, as by Spring's own rule.
     */
    static final Predicate<String> ALLOWED_HEADER_VALUE = value -> {
        if (value == null) {
            return true;
        }
        int n = value.length();
        for (int i = 0; i < n; ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    };

    /** The default strict firewall with {@link #ALLOWED_HEADER_VALUE} in place of its header-value pattern. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(ALLOWED_HEADER_VALUE);
        return firewall;
    }
}
