package dev.vippsmp.login.oidc;

import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * The HTTP clients of the Login calls, each set up as Spring Security sets up its own (the OAuth 2.0 converters and
 * error handler), plus the {@code Vipps-System-*} stamp.
 */
public final class LoginHttp {

    private LoginHttp() {
    }

    /** The token endpoint's client: Spring Security's, with a RestClient that stamps the headers. */
    public static RestClientAuthorizationCodeTokenResponseClient tokenClient(SystemHeaderStamp stamp) {
        RestClient restClient = RestClient.builder()
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .requestInterceptor(stamp)
                .build();
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(restClient);
        return client;
    }

    /** For userinfo, whose Spring Security client takes a RestOperations that reads OAuth 2.0 errors. */
    public static RestTemplate userinfoTemplate(SystemHeaderStamp stamp) {
        RestTemplate template = jwksTemplate(stamp);
        template.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        return template;
    }

    /** For the JWKS, which the id_token decoder fetches again when a token names a key it has not seen. */
    public static RestTemplate jwksTemplate(SystemHeaderStamp stamp) {
        RestTemplate template = new RestTemplate();
        template.getInterceptors().add(stamp);
        return template;
    }
}
