package dev.vippsmp.core.client;

import dev.vippsmp.core.client.epayment.EPaymentApi;
import dev.vippsmp.core.client.internal.ApiCallExecutor;
import dev.vippsmp.core.client.ordermanagement.OrderManagementApi;
import dev.vippsmp.core.client.recurring.RecurringApi;
import dev.vippsmp.core.client.token.AccessTokenProvider;
import dev.vippsmp.core.client.transport.HttpTransport;
import dev.vippsmp.core.client.transport.JdkHttpTransport;
import dev.vippsmp.core.client.userinfo.UserinfoApi;
import dev.vippsmp.core.client.webhooks.WebhooksApi;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The client for the vendor's APIs: {@link #payments()}, {@link #userinfo()}, {@link #webhooks()} and
 * {@link #orderManagement()} and {@link #recurring()}, sharing one token cache, one retry policy and one set of call listeners.
 */
public final class VippsClient {

    private final ApiCallExecutor executor;
    private final EPaymentApi payments;
    private final UserinfoApi userinfo;
    private final WebhooksApi webhooks;
    private final OrderManagementApi orderManagement;
    private final RecurringApi recurring;

    private VippsClient(Builder builder) {
        this.executor = new ApiCallExecutor(builder.configurations, builder.transport, builder.clock, builder.sleeper,
                builder.listeners, builder.tokenExpiryMargin);
        this.payments = new EPaymentApi(executor);
        this.userinfo = new UserinfoApi(executor);
        this.webhooks = new WebhooksApi(executor);
        this.orderManagement = new OrderManagementApi(executor);
        this.recurring = new RecurringApi(executor);
    }

    public static Builder builder(ClientConfigurationProvider configurations) {
        return new Builder(configurations);
    }

    public EPaymentApi payments() {
        return payments;
    }

    public UserinfoApi userinfo() {
        return userinfo;
    }

    public WebhooksApi webhooks() {
        return webhooks;
    }

    public OrderManagementApi orderManagement() {
        return orderManagement;
    }

    /** The Recurring API v3: agreements and their charges. */
    public RecurringApi recurring() {
        return recurring;
    }

    public AccessTokenProvider accessTokens() {
        return executor.tokens();
    }

    /** The configuration the next call will use (for the admin's header preview and the health check). */
    public ClientConfiguration configuration() {
        return executor.configuration();
    }

    /** Fetches (or takes from the cache) a token for the current keys; throws when the vendor refuses. */
    public void verifyAccessToken() {
        executor.tokens().token(executor.configuration());
    }

    public static final class Builder {

        private final ClientConfigurationProvider configurations;
        private HttpTransport transport = new JdkHttpTransport();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private final List<ApiCallListener> listeners = new ArrayList<>();
        private Duration tokenExpiryMargin = Duration.ofMinutes(5);

        private Builder(ClientConfigurationProvider configurations) {
            this.configurations = Objects.requireNonNull(configurations);
        }

        public Builder transport(HttpTransport transport) {
            this.transport = Objects.requireNonNull(transport);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        public Builder listener(ApiCallListener listener) {
            this.listeners.add(Objects.requireNonNull(listener));
            return this;
        }

        public Builder listeners(List<? extends ApiCallListener> listeners) {
            listeners.forEach(this::listener);
            return this;
        }

        /** How long before its expiry a token is replaced. */
        public Builder tokenExpiryMargin(Duration margin) {
            this.tokenExpiryMargin = Objects.requireNonNull(margin);
            return this;
        }

        public VippsClient build() {
            return new VippsClient(this);
        }
    }
}
