package dev.vippsmp.admin.autoconfigure;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Adds the plugin's message bundle to the host's {@code messageSource}, after the host's own bundles, so the host
 * needs no configuration for it and can still override any text with a key of its own.
 */
final class AdminMessages implements BeanPostProcessor {

    static final String BASENAME = "dev/vippsmp/admin/messages";

    private static final Logger log = LoggerFactory.getLogger(AdminMessages.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)) {
            return bean;
        }
        if (bean instanceof AbstractResourceBasedMessageSource resourceBased) {
            if (!resourceBased.getBasenameSet().contains(BASENAME)) {
                resourceBased.addBasenames(BASENAME);
            }
        } else if (bean instanceof HierarchicalMessageSource hierarchical
                && hierarchical.getParentMessageSource() == null) {
            hierarchical.setParentMessageSource(bundle());
        } else {
            log.warn("Vipps MobilePay admin: cannot add its texts to the message source {}; add the basename {} to "
                    + "it", bean.getClass().getName(), BASENAME);
        }
        return bean;
    }

    /** The plugin's bundle on its own, for a host without a message source of its own. */
    static MessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename(BASENAME);
        bundle.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
