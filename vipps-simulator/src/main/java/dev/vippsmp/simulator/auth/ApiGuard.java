package dev.vippsmp.simulator.auth;

import dev.vippsmp.simulator.config.SalesUnit;
import dev.vippsmp.simulator.config.SalesUnits;
import dev.vippsmp.simulator.http.ApiFamily;
import dev.vippsmp.simulator.http.ApiOperation;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.RequestPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks every vendor API call before its controller runs, in the order the vendor's gateway does: subscription key,
 * then bearer token, then the Merchant-Serial-Number, then the {@code Vipps-System-*} headers.
 */
@Component
class ApiGuard implements HandlerInterceptor {

    private static final List<String> SYSTEM_HEADERS = List.of(Headers.SYSTEM_NAME, Headers.SYSTEM_VERSION,
            Headers.SYSTEM_PLUGIN_NAME, Headers.SYSTEM_PLUGIN_VERSION);
    private static final int SYSTEM_HEADER_MAX = 30;
    private static final String BEARER = "Bearer ";

    private final SalesUnits salesUnits;
    private final AccessTokens tokens;

    ApiGuard(SalesUnits salesUnits, AccessTokens tokens) {
        this.salesUnits = salesUnits;
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = RequestPaths.of(request);
        ApiOperation operation = ApiOperation.match(request.getMethod(), path).orElse(null);
        if (operation == null) {
            return true;
        }
        if (operation != ApiOperation.ACCESS_TOKEN) {
            request.setAttribute(Caller.ATTRIBUTE, authenticate(request, operation.family()));
        }
        checkSystemHeaders(request);
        return true;
    }

    private Caller authenticate(HttpServletRequest request, ApiFamily family) {
        SalesUnit unit = subscriptionKeyOwner(request, salesUnits);
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("The Authorization header is missing; send 'Authorization: Bearer <access token>'");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("The Authorization header must be 'Bearer <access token>'");
        }
        AccessTokens.IssuedToken token = tokens.find(authorization.substring(BEARER.length()).trim())
                .orElseThrow(() -> unauthorized("The access token is not valid"));
        if (tokens.isExpired(token)) {
            throw unauthorized("The access token has expired; fetch a new one from /accesstoken/get");
        }
        if (!token.unit().equals(unit)) {
            throw unauthorized("The access token was not issued for this subscription key");
        }
        checkMerchantSerialNumber(request, unit, family != ApiFamily.USERINFO);
        return new Caller(unit, unit.subscriptionKey());
    }

    /** The sales unit whose subscription key the request carries; 401 as the vendor's gateway answers otherwise. */
    static SalesUnit subscriptionKeyOwner(HttpServletRequest request, SalesUnits salesUnits) {
        String key = request.getHeader(Headers.SUBSCRIPTION_KEY);
        if (key == null || key.isBlank()) {
            throw unauthorized("Access denied due to missing subscription key. "
                    + "Make sure to include the Ocp-Apim-Subscription-Key header when making requests to an API.");
        }
        return salesUnits.bySubscriptionKey(key.trim()).orElseThrow(() -> unauthorized(
                "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."));
    }

    /** Checks the MSN header against the caller's sales unit; absent is allowed only where the spec allows it. */
    static void checkMerchantSerialNumber(HttpServletRequest request, SalesUnit unit, boolean required) {
        String msn = request.getHeader(Headers.MSN);
        if (msn == null || msn.isBlank()) {
            if (required) {
                throw ApiProblem.missing(Headers.MSN);
            }
            return;
        }
        if (!msn.trim().matches(Headers.MSN_PATTERN)) {
            throw ApiProblem.invalid(null, Headers.MSN, "must be 4 to 6 digits");
        }
        if (!msn.trim().equals(unit.msn())) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "Merchant-Serial-Number " + msn.trim()
                    + " is not the sales unit of these API keys").withField(Headers.MSN, "does not match the API keys");
        }
    }

    /** Each {@code Vipps-System-*} header holds at most 30 characters; empty ones are ignored, as official SDKs send them. */
    static void checkSystemHeaders(HttpServletRequest request) {
        for (String name : SYSTEM_HEADERS) {
            String value = request.getHeader(name);
            if (value != null && value.length() > SYSTEM_HEADER_MAX) {
                throw ApiProblem.invalid(null, name, "must be at most " + SYSTEM_HEADER_MAX + " characters");
            }
        }
    }

    static ApiProblem unauthorized(String detail) {
        return ApiProblem.of(HttpStatus.UNAUTHORIZED, detail);
    }

    static ApiProblem missingHeader(String header) {
        return ApiProblem.missing(header);
    }
}
