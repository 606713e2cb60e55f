package dev.vippsmp.core.autoconfigure;

import dev.vippsmp.core.payment.Payments;
import dev.vippsmp.core.settings.SettingsService;
import dev.vippsmp.core.webhook.WebhookInbox;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * Adds the plugin's entities to the host's persistence unit. Works whatever the host scans (its own packages or an
 * explicit {@code @EntityScan}), because it extends the managed types Spring Boot builds the entity manager
 * factory from instead of replacing the packages to scan.
 */
public final class PluginEntities implements BeanPostProcessor {

    static final List<String> CLASSES = Stream.of(Payments.ENTITY_CLASSES,
            SettingsService.ENTITY_CLASSES, WebhookInbox.ENTITY_CLASSES).flatMap(List::stream).toList();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PersistenceManagedTypes types && !types.getManagedClassNames().containsAll(CLASSES)) {
            List<String> classes = new ArrayList<>(types.getManagedClassNames());
            CLASSES.stream().filter(name -> !classes.contains(name)).forEach(classes::add);
            List<String> packages = List.copyOf(types.getManagedPackages());
            URL root = types.getPersistenceUnitRootUrl();
            return new PersistenceManagedTypes() {
                @Override
                public List<String> getManagedClassNames() {
                    return classes;
                }

                @Override
                public List<String> getManagedPackages() {
                    return packages;
                }

                @Override
                public URL getPersistenceUnitRootUrl() {
                    return root;
                }
            };
        }
        return bean;
    }
}
