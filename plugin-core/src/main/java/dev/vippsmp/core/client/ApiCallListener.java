package dev.vippsmp.core.client;

/** Told about every HTTP exchange, retries included. Must be quick and must not throw. */
@FunctionalInterface
public interface ApiCallListener {

    void onCall(ApiCallRecord call);
}
