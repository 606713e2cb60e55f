package dev.vippsmp.demoshop.admin;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

@Component
class OrdersNavigationItem implements AdminNavigationItem {

    private final MessageSource messages;

    OrdersNavigationItem(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String path() {
        return AdminOrderController.ORDERS_PATH;
    }

    @Override
    public String label(Locale locale) {
        return messages.getMessage("admin.nav.orders", null, locale);
    }

    @Override
    public int order() {
        return 10;
    }
}
