package dev.vippsmp.core.webhook;

import dev.vippsmp.core.client.VippsClient;
import dev.vippsmp.core.client.errors.NotFoundException;
import dev.vippsmp.core.client.webhooks.RegisteredWebhook;
import dev.vippsmp.core.client.webhooks.Webhook;
import dev.vippsmp.core.client.webhooks.WebhooksApi;
import dev.vippsmp.core.payment.PaymentOperationException;
import dev.vippsmp.core.settings.RecheckedValue;
import dev.vippsmp.core.settings.SecretCipher;
import dev.vippsmp.core.webhook.internal.WebhookRegistrationEntity;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sales unit's webhook registrations, for the admin: list, register (keeping the signing secret encrypted, so
 * deliveries can be verified) and delete.
 */
public class WebhookRegistrations {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final VippsClient client;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final SecretCipher cipher;
    private final Clock clock;
    private final List<String> defaultEvents;
    /** How long the decrypted registrations are kept for verifying deliveries. */
    static final Duration KEEP_VERIFIABLE = Duration.ofSeconds(10);
    private final RecheckedValue<List<VerifiableRegistration>> verifiable;
    /** The registrations last read, by id, with the stored secret they were decrypted from. */
    private volatile Map<String, KeptRegistration> keptRegistrations = Map.of();

    public WebhookRegistrations(VippsClient client, EntityManager entityManager, TransactionTemplate transactions,
            SecretCipher cipher, Clock clock) {
        this(client, entityManager, transactions, cipher, clock, List.of());
    }

    /** With the events of the features outside the core (e.g. recurring) registered beside the ePayment ones. */
    public WebhookRegistrations(VippsClient client, EntityManager entityManager, TransactionTemplate transactions,
            SecretCipher cipher, Clock clock, List<WebhookEventHandler> handlers) {
        this.client = client;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.cipher = cipher;
        this.clock = clock;
        List<String> events = new ArrayList<>(WebhooksApi.EPAYMENT_EVENTS);
        handlers.forEach(handler -> handler.events().stream().filter(e -> !events.contains(e)).forEach(events::add));
        this.defaultEvents = List.copyOf(events);
        this.verifiable = new RecheckedValue<>(clock, KEEP_VERIFIABLE, this::readVerifiable);
    }

    /** The events a registration is for when none are named: the ePayment events and the features' events. */
    public List<String> defaultEvents() {
        return defaultEvents;
    }

    /** What the vendor has registered for the current keys, marked with whether the plugin holds the secret. */
    public List<WebhookRegistration> list() {
        Map<String, WebhookRegistrationEntity> local = local().stream()
                .collect(Collectors.toMap(WebhookRegistrationEntity::getId, Function.identity()));
        return client.webhooks().list().stream()
                .map(w -> new WebhookRegistration(w.id(), w.url(), w.events() == null ? List.of() : w.events(),
                        local.containsKey(w.id())))
                .toList();
    }

    /**
     * Registers the URL for the events ({@link #defaultEvents()} when none are given) and stores the secret.
     *
     * @throws PaymentOperationException when the URL is not an absolute HTTPS URL (plain HTTP only for this machine)
     */
    public WebhookRegistration register(String url, List<String> events) {
        URI uri = checkUrl(url);
        List<String> wanted = events == null || events.isEmpty() ? defaultEvents : List.copyOf(events);
        RegisteredWebhook registered = client.webhooks().register(uri.toString(), wanted);
        String msn = client.configuration().credentials().merchantSerialNumber();
        transactions.executeWithoutResult(status -> entityManager.persist(new WebhookRegistrationEntity(
                registered.id(), uri.toString(), String.join(",", wanted), cipher.encrypt(registered.secret()), msn,
                clock.instant())));
        verifiable.forget();
        return new WebhookRegistration(registered.id(), uri.toString(), wanted, true);
    }

    /** Deletes the registration at the vendor (already gone counts as deleted) and its stored secret. */
    public void delete(String id) {
        try {
            client.webhooks().delete(id);
        } catch (NotFoundException alreadyGone) {
            // Deleted elsewhere, e.g. by the vendor after two weeks of failed deliveries.
        }
        transactions.executeWithoutResult(status -> {
            WebhookRegistrationEntity entity = entityManager.find(WebhookRegistrationEntity.class, id);
            if (entity != null) {
                entityManager.remove(entity);
            }
        });
        verifiable.forget();
    }

    /**
     * Forgets the stored secrets of the current sales unit's registrations that the vendor no longer has (deleted
     * elsewhere, removed by the vendor after weeks of failed deliveries, or a local simulator that restarted), so
     * they are not tried on every delivery. Returns how many were forgotten.
     */
    public int forgetStale() {
        Set<String> atVendor = client.webhooks().list().stream().map(Webhook::id).collect(Collectors.toSet());
        String msn = client.configuration().credentials().merchantSerialNumber();
        List<String> stale = local().stream()
                .filter(entity -> Objects.equals(msn, entity.getMsn()) && !atVendor.contains(entity.getId()))
                .map(WebhookRegistrationEntity::getId)
                .toList();
        transactions.executeWithoutResult(status -> stale.forEach(id -> {
            WebhookRegistrationEntity entity = entityManager.find(WebhookRegistrationEntity.class, id);
            if (entity != null) {
                entityManager.remove(entity);
            }
        }));
        verifiable.forget();
        return stale.size();
    }

    /**
     * The registrations whose secrets the plugin holds, with the secrets decrypted, for verification: kept for
     * {@link #KEEP_VERIFIABLE}, as every delivery needs them and they rarely change (forgotten at once when this
     * node registers, deletes or forgets one; {@link #reloadVerifiable()} when a delivery fits none, in case
     * another node just registered one). A registration deleted on another node is refused here within that time.
     */
    List<VerifiableRegistration> verifiable() {
        return verifiable.get();
    }

    /** The same, read from the database now. */
    List<VerifiableRegistration> reloadVerifiable() {
        verifiable.forget();
        return verifiable.get();
    }

    /**
     * Reads the registrations; those already kept with the same stored secret are taken as they are, so a re-read
     * decrypts and keys only what is new.
     */
    private List<VerifiableRegistration> readVerifiable(List<VerifiableRegistration> kept) {
        Map<String, KeptRegistration> known = keptRegistrations;
        Map<String, KeptRegistration> fresh = new HashMap<>();
        List<VerifiableRegistration> read = new ArrayList<>();
        for (WebhookRegistrationEntity e : local()) {
            KeptRegistration same = known.get(e.getId());
            VerifiableRegistration registration = same != null && same.secretEnc().equals(e.getSecretEnc())
                    && same.registration().url().toString().equals(e.getUrl())
                    ? same.registration()
                    : new VerifiableRegistration(e.getId(), URI.create(e.getUrl()), cipher.decrypt(e.getSecretEnc()),
                            Arrays.asList(e.getEvents().split(",")));
            fresh.put(e.getId(), new KeptRegistration(e.getSecretEnc(), registration));
            read.add(registration);
        }
        keptRegistrations = Map.copyOf(fresh);
        return List.copyOf(read);
    }

    private record KeptRegistration(String secretEnc, VerifiableRegistration registration) {
    }

    private List<WebhookRegistrationEntity> local() {
        return transactions.execute(status -> entityManager.createQuery(
                "select r from WebhookRegistrationEntity r order by r.createdAt", WebhookRegistrationEntity.class)
                .getResultList());
    }

    private static URI checkUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(url);
        }
        boolean https = "https".equals(uri.getScheme());
        boolean localHttp = "http".equals(uri.getScheme()) && uri.getHost() != null
                && LOCAL_HOSTS.contains(uri.getHost());
        if (!uri.isAbsolute() || uri.getHost() == null || !(https || localHttp) || uri.getFragment() != null) {
            throw invalid(url);
        }
        return uri;
    }

    private static PaymentOperationException invalid(String url) {
        return new PaymentOperationException(PaymentOperationException.Reason.INVALID_REQUEST,
                "A webhook URL must be an absolute https URL without a fragment: " + url);
    }

    /**
     * A registration with its secret, used only inside this package: the host and path it was registered under
     * and an HMAC keyed by its secret are made once, when it is read, rather than for every delivery.
     */
    static final class VerifiableRegistration {

        private final String id;
        private final URI url;
        private final String secret;
        private final List<String> events;
        private final String host;
        private final String pathAndQuery;
        private final Mac hmac;

        VerifiableRegistration(String id, URI url, String secret, List<String> events) {
            this.id = id;
            this.url = url;
            this.secret = secret;
            this.events = List.copyOf(events);
            this.host = WebhookVerifier.authority(url);
            this.pathAndQuery = WebhookVerifier.pathAndQuery(url);
            this.hmac = WebhookVerifier.hmac(secret);
        }

        String id() {
            return id;
        }

        URI url() {
            return url;
        }

        String secret() {
            return secret;
        }

        List<String> events() {
            return events;
        }

        /** The host as signed (with a port that is not the scheme's default). */
        String host() {
            return host;
        }

        String pathAndQuery() {
            return pathAndQuery;
        }

        /** HMAC-SHA256 of the text under this registration's secret, on a copy of the keyed HMAC (thread-safe). */
        byte[] sign(String text) {
            Mac mac;
            try {
                mac = (Mac) hmac.clone();
            } catch (CloneNotSupportedException e) {
                mac = WebhookVerifier.hmac(secret);
            }
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "VerifiableRegistration[id=" + id + ", url=" + url + "]";
        }
    }

}
