package dev.vippsmp.simulator.login;

import dev.vippsmp.simulator.config.SimulatorProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The provider's URLs. The issuer is {@code <base>/access-management-1.0/access/}, with the trailing slash, as the
 * vendor's is; the base is the configured public address or, without one, the address the request reached.
 */
@Component
class Issuer {

    static final String PREFIX = "/access-management-1.0/access";
    static final String DISCOVERY = PREFIX + "/.well-known/openid-configuration";
    static final String JWKS = PREFIX + "/.well-known/jwks.json";
    static final String AUTHORIZE = PREFIX + "/oauth2/auth";
    static final String TOKEN = PREFIX + "/oauth2/token";
    static final String USERINFO = "/vipps-userinfo-api/userinfo/";
    static final String APP = "/simulator/login/app";

    private final String configuredBase;

    Issuer(SimulatorProperties properties) {
        this.configuredBase = properties.publicBaseUrl() == null ? null
                : properties.publicBaseUrl().toString().replaceAll("/+$", "");
    }

    /** The base of the current request: scheme, host and port. */
    String base() {
        return configuredBase != null ? configuredBase
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    String issuer() {
        return base() + PREFIX + "/";
    }

    String url(String path) {
        return base() + path;
    }
}
