package dev.vippsmp.demoshop.storefront;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The fragments of every {@link StorefrontFragment} bean, by slot. Pages read it as
 * {@code ${@storefrontSlots.of('PRODUCT_BUY_NOW')}}.
 */
@Component("storefrontSlots")
public class StorefrontSlots {

    private final List<StorefrontFragment> fragments;

    StorefrontSlots(List<StorefrontFragment> fragments) {
        this.fragments = fragments.stream().sorted(Comparator.comparingInt(StorefrontFragment::order)).toList();
    }

    public List<StorefrontFragment> of(String slot) {
        StorefrontSlot wanted = StorefrontSlot.valueOf(slot);
        return fragments.stream().filter(fragment -> fragment.slot() == wanted).toList();
    }
}
