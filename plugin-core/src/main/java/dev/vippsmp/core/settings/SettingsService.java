package dev.vippsmp.core.settings;

import dev.vippsmp.core.client.ApiCredentials;
import dev.vippsmp.core.client.SystemHeaders;
import dev.vippsmp.core.settings.internal.ChangeRecorder;
import dev.vippsmp.core.settings.internal.SettingsAuditEntity;
import dev.vippsmp.core.settings.internal.SettingsEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and changes the plugin's settings. They live in the host's database; each node keeps them in memory and
 * checks their version at most once per {@code vipps.settings.refresh-interval}, so an admin's change applies at
 * once on the node that saved it and within that interval on every other. Values are validated when they are set, by
 * {@link SettingsRules}; secrets are stored
 * encrypted and never leave this class unmasked except towards the API client.
 */
public class SettingsService {

    /** The plugin's own tables behind settings, for the host's persistence unit. */
    public static final List<String> ENTITY_CLASSES = List.of(SettingsEntity.class.getName(),
            SettingsAuditEntity.class.getName());

    private static final int MAX_ACTOR = 100;

    private final VippsProperties properties;
    private final SystemHeaders defaultSystemHeaders;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final SecretCipher cipher;
    private final Clock clock;
    private final RecheckedValue<Resolved> resolved;

    public SettingsService(VippsProperties properties, SystemHeaders defaultSystemHeaders,
            EntityManager entityManager, TransactionTemplate transactions, SecretCipher cipher, Clock clock) {
        this.properties = properties;
        this.defaultSystemHeaders = defaultSystemHeaders;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.cipher = cipher;
        this.clock = clock;
        this.resolved = new RecheckedValue<>(clock, properties.settings().refreshInterval(), this::read);
    }

    /**
     * The settings in force now. Every API call, many pages and every login button ask, so the settings as last
     * resolved (secrets decrypted) are kept with their row's version: within the refresh interval they are used as
     * they are, after it only the version is read, and the row only when a save on any node moved it on.
     */
    public PluginSettings current() {
        return resolved.get().settings();
    }

    private Resolved read(Resolved kept) {
        if (kept != null) {
            Long version = transactions.execute(status -> entityManager.createQuery(
                            "select s.version from SettingsEntity s where s.id = :id", Long.class)
                    .setParameter("id", SettingsEntity.ROW_ID).getResultStream().findFirst().orElse(null));
            if (Objects.equals(kept.version(), version)) {
                return kept;
            }
        }
        SettingsEntity row = transactions.execute(status -> entityManager.find(SettingsEntity.class,
                SettingsEntity.ROW_ID));
        return new Resolved(row == null ? null : row.getVersion(), resolve(row));
    }

    /** The settings as resolved from the row at {@code version} (null: no row, the properties alone). */
    private record Resolved(Long version, PluginSettings settings) {
    }

    /**
     * Validates and saves a change, writing an audit entry per changed field.
     *
     * @param actor who made the change (the admin's user name)
     * @throws SettingsValidationException naming each invalid field and the rule it breaks; nothing is saved then
     * @throws ConcurrentSettingsChangeException when another admin saved in the meantime
     */
    public PluginSettings update(SettingsChange change, String actor) {
        return save(change, actor, null);
    }

    /**
     * As {@link #update(SettingsChange, String)}, but only onto the settings of the version the admin saw (from
     * {@link PluginSettings#version()}): when anyone saved since, on any node, nothing is saved. The check and the
     * write are one transaction, and the row's optimistic lock catches a save that commits between them.
     *
     * @throws ConcurrentSettingsChangeException when the settings are no longer at {@code expectedVersion}
     */
    public PluginSettings update(SettingsChange change, String actor, long expectedVersion) {
        return save(change, actor, expectedVersion);
    }

    private PluginSettings save(SettingsChange change, String actor, Long expectedVersion) {
        validate(change);
        String who = actor == null || actor.isBlank() ? "unknown"
                : actor.length() > MAX_ACTOR ? actor.substring(0, MAX_ACTOR) : actor;
        try {
            SettingsEntity saved = transactions.execute(status -> {
                SettingsEntity row = entityManager.find(SettingsEntity.class, SettingsEntity.ROW_ID);
                if (expectedVersion != null && version(row) != expectedVersion) {
                    throw new ConcurrentSettingsChangeException();
                }
                boolean fresh = row == null;
                if (fresh) {
                    row = new SettingsEntity();
                }
                ChangeRecorder recorder = new ChangeRecorder(clock.instant(), who);
                apply(change, row, recorder);
                if (recorder.entries().isEmpty()) {
                    return row;
                }
                row.setUpdatedAt(clock.instant());
                row.setUpdatedBy(who);
                if (fresh) {
                    entityManager.persist(row);
                }
                recorder.entries().forEach(entityManager::persist);
                entityManager.flush();
                return row;
            });
            return resolve(saved);
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException
                | DataIntegrityViolationException e) {
            throw new ConcurrentSettingsChangeException();
        } finally {
            // After a save this node applies it at once; after a refusal the admin is shown the newer settings.
            resolved.forget();
        }
    }

    /** The latest changes first. */
    public List<SettingsAuditEntry> auditTrail(int limit) {
        return transactions.execute(status -> entityManager.createQuery(
                        "select a from SettingsAuditEntity a order by a.changedAt desc, a.id desc",
                        SettingsAuditEntity.class)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(a -> new SettingsAuditEntry(a.getChangedAt(), a.getActor(), a.getField(), a.getOldValue(),
                        a.getNewValue()))
                .toList());
    }

    /** The headers the next call carries, secrets masked, for the settings page. */
    public HeaderPreview headerPreview() {
        PluginSettings settings = current();
        return HeaderPreview.of(settings.baseUrl(), settings.activeKeys(), settings.systemHeaders());
    }

    private static void validate(SettingsChange change) {
        List<SettingsProblem> problems = SettingsRules.check(change);
        if (!problems.isEmpty()) {
            throw new SettingsValidationException(problems);
        }
    }

    private void apply(SettingsChange c, SettingsEntity row, ChangeRecorder r) {
        r.set("enabled", c.enabled(), row::getEnabled, row::setEnabled);
        r.set("market", name(c.market()), row::getMarket, row::setMarket);
        r.set("environment", name(c.environment()), row::getEnvironment, row::setEnvironment);
        Function<String, String> decrypt = cipher::decrypt;
        Function<String, String> encrypt = cipher::encrypt;
        SettingsChange.Keys test = c.keys(ApiEnvironment.TEST);
        r.set("testMerchantSerialNumber", test.merchantSerialNumber(), row::getTestMsn, row::setTestMsn);
        r.set("testClientId", test.clientId(), row::getTestClientId, row::setTestClientId);
        r.setSecret("testClientSecret", test.clientSecret(), row::getTestClientSecretEnc, decrypt, encrypt,
                row::setTestClientSecretEnc);
        r.setSecret("testSubscriptionKey", test.subscriptionKey(), row::getTestSubscriptionKeyEnc, decrypt,
                encrypt, row::setTestSubscriptionKeyEnc);
        SettingsChange.Keys production = c.keys(ApiEnvironment.PRODUCTION);
        r.set("productionMerchantSerialNumber", production.merchantSerialNumber(), row::getProductionMsn,
                row::setProductionMsn);
        r.set("productionClientId", production.clientId(), row::getProductionClientId,
                row::setProductionClientId);
        r.setSecret("productionClientSecret", production.clientSecret(), row::getProductionClientSecretEnc,
                decrypt, encrypt, row::setProductionClientSecretEnc);
        r.setSecret("productionSubscriptionKey", production.subscriptionKey(),
                row::getProductionSubscriptionKeyEnc, decrypt, encrypt, row::setProductionSubscriptionKeyEnc);
        if (c.removesBaseUrlOverride()) {
            r.clear("baseUrl", row::getBaseUrl, row::setBaseUrl);
        } else {
            r.set("baseUrl", c.baseUrl() == null ? null : c.baseUrl().toString(), row::getBaseUrl, row::setBaseUrl);
        }
        r.set("referencePrefix", c.referencePrefix(), row::getReferencePrefix, row::setReferencePrefix);
        SettingsChange.Capture capture = c.capture() == null ? new SettingsChange.Capture(null, null) : c.capture();
        r.set("orderStatusAfterApproval", name(capture.orderStatusAfterApproval()),
                row::getOrderStatusAfterApproval, row::setOrderStatusAfterApproval);
        r.set("capturePolicy", name(capture.policy()), row::getCapturePolicy, row::setCapturePolicy);
        SettingsChange.Express express = c.express() == null ? new SettingsChange.Express(null, null, null, null)
                : c.express();
        r.set("expressCart", express.cart(), row::getExpressCart, row::setExpressCart);
        r.set("expressProductPages", name(express.productPages()), row::getExpressProductPages,
                row::setExpressProductPages);
        r.set("expressAlwaysAskForAddress", express.alwaysAskForAddress(), row::getExpressAlwaysAddress,
                row::setExpressAlwaysAddress);
        r.set("shippingMode", name(express.shippingMode()), row::getShippingMode, row::setShippingMode);
        r.set("receipts", c.receipts(), row::getReceipts, row::setReceipts);
        SettingsChange.SystemInfo system = c.system() == null ? new SettingsChange.SystemInfo(null, null, null, null)
                : c.system();
        r.set("systemName", system.systemName(), row::getSystemName, row::setSystemName);
        r.set("systemVersion", system.systemVersion(), row::getSystemVersion, row::setSystemVersion);
        r.set("pluginName", system.pluginName(), row::getPluginName, row::setPluginName);
        r.set("pluginVersion", system.pluginVersion(), row::getPluginVersion, row::setPluginVersion);
    }

    private PluginSettings resolve(SettingsEntity row) {
        SettingsEntity r = row == null ? new SettingsEntity() : row;
        VippsProperties p = properties;
        VippsProperties.Keys test = p.test();
        VippsProperties.Keys production = p.production();
        ApiEnvironment environment = pick(r.getEnvironment(), ApiEnvironment.class, p.environment());
        URI baseUrl = r.getBaseUrl() != null ? URI.create(r.getBaseUrl()) : p.baseUrlFor(environment);
        return new PluginSettings(
                or(r.getEnabled(), p.enabled()),
                pick(r.getMarket(), Market.class, p.market()),
                environment,
                new ApiCredentials(or(r.getTestMsn(), test.merchantSerialNumber()),
                        or(r.getTestClientId(), test.clientId()),
                        secret(r.getTestClientSecretEnc(), test.clientSecret()),
                        secret(r.getTestSubscriptionKeyEnc(), test.subscriptionKey())),
                new ApiCredentials(or(r.getProductionMsn(), production.merchantSerialNumber()),
                        or(r.getProductionClientId(), production.clientId()),
                        secret(r.getProductionClientSecretEnc(), production.clientSecret()),
                        secret(r.getProductionSubscriptionKeyEnc(), production.subscriptionKey())),
                baseUrl,
                or(r.getReferencePrefix(), p.orderReferencePrefix()),
                pick(r.getOrderStatusAfterApproval(), OrderStatusAfterApproval.class, p.orderStatusAfterApproval()),
                pick(r.getCapturePolicy(), CapturePolicy.class, p.capturePolicy()),
                new ExpressSettings(or(r.getExpressCart(), p.express().cart()),
                        pick(r.getExpressProductPages(), ProductPageButtons.class, p.express().productPages()),
                        or(r.getExpressAlwaysAddress(), p.express().alwaysAskForAddress())),
                pick(r.getShippingMode(), ShippingMode.class, p.shipping()),
                or(r.getReceipts(), p.receipts()),
                new SystemHeaders(or(r.getSystemName(), defaultSystemHeaders.systemName()),
                        or(r.getSystemVersion(), defaultSystemHeaders.systemVersion()),
                        or(r.getPluginName(), defaultSystemHeaders.pluginName()),
                        or(r.getPluginVersion(), defaultSystemHeaders.pluginVersion())),
                version(row),
                r.getUpdatedAt(),
                r.getUpdatedBy());
    }

    /** The row's version column starts at 0 when the first save creates it; the settings count saves. */
    private static long version(SettingsEntity row) {
        return row == null ? 0 : row.getVersion() + 1;
    }

    private String secret(String encrypted, String fallback) {
        return encrypted != null ? cipher.decrypt(encrypted) : fallback;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static <E extends Enum<E>> E pick(String stored, Class<E> type, E fallback) {
        return stored != null ? Enum.valueOf(type, stored) : fallback;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Another admin saved the settings while this change was being made; reload and try again. */
    public static class ConcurrentSettingsChangeException extends RuntimeException {

        public ConcurrentSettingsChangeException() {
            super("The settings were changed by someone else in the meantime; reload them and try again");
        }
    }
}
