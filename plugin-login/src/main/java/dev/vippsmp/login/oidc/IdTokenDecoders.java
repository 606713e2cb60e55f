package dev.vippsmp.login.oidc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.converter.ClaimTypeConverter;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestOperations;

/**
 * Verifies id_tokens as Spring Security's {@link OidcIdTokenDecoderFactory} does (RS256 against the JWKS, then
 * {@code iss}, {@code aud}, {@code azp}, {@code exp} and {@code iat}), but fetches the JWKS with the
 * {@code Vipps-System-*} headers. The JWKS is cached and fetched again when a token names an unknown {@code kid},
 * which is how a key rotation is followed. One decoder per issuer, client and JWKS address, so a switch of
 * environment gets a decoder of its own.
 */
public final class IdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    private final RestOperations jwks;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    public IdTokenDecoders(RestOperations jwks) {
        this.jwks = jwks;
    }

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        String key = registration.getProviderDetails().getIssuerUri() + " " + registration.getClientId() + " "
                + registration.getProviderDetails().getJwkSetUri();
        return decoders.computeIfAbsent(key, ignored -> decoder(registration));
    }

    private JwtDecoder decoder(ClientRegistration registration) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(jwks)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                new OidcIdTokenValidator(registration)));
        decoder.setClaimSetConverter(new ClaimTypeConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverters()));
        return decoder;
    }
}
