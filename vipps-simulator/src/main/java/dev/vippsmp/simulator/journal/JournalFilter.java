package dev.vippsmp.simulator.journal;

import dev.vippsmp.simulator.config.SimulatorClock;
import dev.vippsmp.simulator.config.SimulatorProperties;
import dev.vippsmp.simulator.http.ApiOperation;
import dev.vippsmp.simulator.http.ApiProblem;
import dev.vippsmp.simulator.http.ExchangeAttributes;
import dev.vippsmp.simulator.http.Problems;
import dev.vippsmp.simulator.http.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records every request to the vendor's paths in the {@link Journal}: headers exactly as sent (secrets masked),
 * the body, and the answer. The body is read up front so that the record holds it whatever the handler does; the
 * answer is buffered, so a later filter may still replace it or drop the connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class JournalFilter extends OncePerRequestFilter {

    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private final Journal journal;
    private final SimulatorClock clock;
    private final int maxBodyChars;

    JournalFilter(Journal journal, SimulatorClock clock, SimulatorProperties properties) {
        this.journal = journal;
        this.clock = clock;
        this.maxBodyChars = properties.journal().maxBodyChars();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !RequestPaths.isVendorCall(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long id = journal.nextId();
        Instant time = clock.now();
        long started = System.nanoTime();
        byte[] body = readBody(request.getInputStream());
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        CachedBodyRequest cached = new CachedBodyRequest(request, body == null ? new byte[0] : body);
        try {
            if (body == null) {
                Problems.write(cached, buffered, ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE,
                        "The request body is larger than " + MAX_BODY_BYTES + " bytes"));
            } else {
                chain.doFilter(cached, buffered);
            }
        } finally {
            boolean dropped = Boolean.TRUE.equals(request.getAttribute(ExchangeAttributes.DROP_CONNECTION));
            journal.add(entry(id, time, cached, buffered, dropped, (System.nanoTime() - started) / 1_000_000));
            if (!dropped) {
                buffered.copyBodyToResponse();
            }
        }
    }

    private JournalEntry entry(long id, Instant time, CachedBodyRequest request, ContentCachingResponseWrapper response,
            boolean dropped, long durationMillis) {
        String path = RequestPaths.of(request);
        String operation = ApiOperation.match(request.getMethod(), path).map(ApiOperation::operationId).orElse(null);
        Object errorCode = request.getAttribute(Problems.ERROR_CODE_ATTRIBUTE);
        Object faultId = request.getAttribute(ExchangeAttributes.FAULT_ID);
        String responseBody = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        return new JournalEntry(id, time, request.getMethod(), path, request.getQueryString(), operation,
                headers(request), cut(SecretMasking.body(new String(request.body(), StandardCharsets.UTF_8))),
                dropped ? null : response.getStatus(), errorCode == null ? null : errorCode.toString(),
                dropped ? "DROPPED" : "ANSWERED", faultId == null ? null : faultId.toString(), durationMillis,
                dropped || responseBody.isEmpty() ? null : cut(SecretMasking.body(responseBody)));
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            List<String> values = new ArrayList<>();
            for (String value : Collections.list(request.getHeaders(name))) {
                values.add(SecretMasking.header(name, value));
            }
            headers.put(name, List.copyOf(values));
        }
        return headers;
    }

    /** The whole body, or null when it is larger than the simulator accepts. */
    private static byte[] readBody(InputStream input) throws IOException {
        byte[] body = input.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private String cut(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.length() <= maxBodyChars ? text : text.substring(0, maxBodyChars) + "…";
    }
}
