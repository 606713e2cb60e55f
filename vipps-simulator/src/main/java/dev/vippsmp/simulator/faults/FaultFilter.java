package dev.vippsmp.simulator.faults;

import dev.vippsmp.simulator.http.ApiOperation;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ErrorCode;
import dev.vippsmp.simulator.http.ExchangeAttributes;
import dev.vippsmp.simulator.http.Problems;
import dev.vippsmp.simulator.http.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies the faults of {@link Faults} to API calls. It runs inside the journal's filter, whose buffered response
 * lets it replace an answer that was already produced, or drop it (see {@link DropConnectionValve}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FaultFilter extends OncePerRequestFilter {

    private final Faults faults;

    FaultFilter(Faults faults) {
        this.faults = faults;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !RequestPaths.isVendorCall(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        String operation = ApiOperation.match(request.getMethod(), path).map(ApiOperation::operationId).orElse(null);
        Fault fault = faults.takeApiFault(request.getMethod(), path, operation).orElse(null);
        if (fault == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(ExchangeAttributes.FAULT_ID, fault.id());
        ContentCachingResponseWrapper buffered = response instanceof ContentCachingResponseWrapper wrapper
                ? wrapper : new ContentCachingResponseWrapper(response);
        try {
            if (fault.afterProcessing()) {
                chain.doFilter(request, buffered);
            }
            apply(fault, request, buffered, chain);
        } finally {
            if (buffered != response && !dropped(request)) {
                buffered.copyBodyToResponse();
            }
        }
    }

    private static void apply(Fault fault, HttpServletRequest request, ContentCachingResponseWrapper response,
            FilterChain chain) throws ServletException, IOException {
        switch (fault.action()) {
            case DELAY -> {
                pause(fault.delay());
                if (!fault.afterProcessing()) {
                    chain.doFilter(request, response);
                }
            }
            case ERROR -> {
                response.reset();
                Problems.write(request, response, problem(fault));
            }
            case TIMEOUT -> {
                pause(fault.delay());
                drop(request);
            }
            case DROP -> drop(request);
        }
    }

    private static ApiProblem problem(Fault fault) {
        int status = fault.status();
        String detail = fault.detail() != null ? fault.detail() : "Fault injected by the simulator";
        ErrorCode code = fault.errorCode() == null ? null : Arrays.stream(ErrorCode.values())
                .filter(candidate -> candidate.code().equals(fault.errorCode())).findFirst().orElse(null);
        ApiProblem problem;
        if (code != null) {
            problem = ApiProblem.of(code, detail).withStatus(status);
        } else if (fault.errorCode() != null) {
            problem = ApiProblem.of(status, reason(status), detail).withField("ErrorCode", fault.errorCode());
        } else {
            problem = ApiProblem.of(status, reason(status), detail);
        }
        return status == HttpStatus.TOO_MANY_REQUESTS.value() ? problem.withHeader("Retry-After", "1") : problem;
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    private static void drop(HttpServletRequest request) {
        request.setAttribute(ExchangeAttributes.DROP_CONNECTION, Boolean.TRUE);
    }

    private static boolean dropped(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ExchangeAttributes.DROP_CONNECTION));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
