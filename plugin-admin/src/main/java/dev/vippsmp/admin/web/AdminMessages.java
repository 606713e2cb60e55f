package dev.vippsmp.admin.web;

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
 * Adds a message bundle to the host's {@code messageSource}, after the host's own bundles, so the host needs no
 * configuration for it and can still override any text with a key of its own. The admin declares one for its
 * bundle; a module with admin pages of its own (e.g. the subscriptions') declares one for its bundle, as a
 * {@code static} bean so it is there before the message source is made.
 */
public final class AdminMessages implements BeanPostProcessor {

    /** The admin's own bundle. */
    public static final String BASENAME = "dev/vippsmp/admin/messages";

    private static final Logger log = LoggerFactory.getLogger(AdminMessages.class);

    private final String basename;

    public AdminMessages(String basename) {
        this.basename = basename;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)) {
            return bean;
        }
        if (bean instanceof AbstractResourceBasedMessageSource resourceBased) {
            add(resourceBased);
        } else if (bean instanceof HierarchicalMessageSource hierarchical
                && hierarchical.getParentMessageSource() instanceof AbstractResourceBasedMessageSource parent) {
            // Another module's bundle was made this source's parent already: join it there.
            add(parent);
        } else if (bean instanceof HierarchicalMessageSource hierarchical
                && hierarchical.getParentMessageSource() == null) {
            hierarchical.setParentMessageSource(bundle(basename));
        } else {
            log.warn("Vipps MobilePay admin: cannot add its texts to the message source {}; add the basename {} to "
                    + "it", bean.getClass().getName(), basename);
        }
        return bean;
    }

    private void add(AbstractResourceBasedMessageSource source) {
        if (!source.getBasenameSet().contains(basename)) {
            source.addBasenames(basename);
        }
    }

    /** The bundle on its own, for a host without a message source of its own. */
    public static MessageSource bundle(String basename) {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename(basename);
        bundle.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
