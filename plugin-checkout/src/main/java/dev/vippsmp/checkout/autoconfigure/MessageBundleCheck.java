package dev.vippsmp.checkout.autoconfigure;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.MessageSource;

/**
 * Says at startup, in words, when the host's message source lacks the checkout's texts, rather than letting the
 * shopper's pages show message keys.
 */
public final class MessageBundleCheck implements ApplicationListener<ApplicationReadyEvent> {

    static final String BUNDLE = "vipps/checkout/messages";
    private static final Logger log = LoggerFactory.getLogger(MessageBundleCheck.class);

    private final MessageSource messages;

    public MessageBundleCheck(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!hasCheckoutTexts()) {
            log.warn("The Vipps MobilePay checkout's texts are missing: add {} to spring.messages.basename, e.g. "
                    + "spring.messages.basename=messages,{}", BUNDLE, BUNDLE);
        }
    }

    boolean hasCheckoutTexts() {
        return messages.getMessage("vipps.return.title.PAID", null, null, Locale.ENGLISH) != null;
    }
}
