package dev.vippsmp.simulator.http;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request went, as the simulator's paths name it. */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The path below the context path, without the query. */
    public static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A call to one of the vendor's paths (or an unknown one), not to the simulator's own pages and controls. */
    public static boolean isVendorCall(HttpServletRequest request) {
        String path = of(request);
        return ApiFamily.of(path).isVendorApi() && !"/error".equals(path);
    }
}
