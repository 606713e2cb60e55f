package dev.vippsmp.demoshop.storefront;

/**
 * A Thymeleaf fragment a plugin puts into a {@link StorefrontSlot}, such as a "Buy now" button. Declare it as a
 * bean; the page renders {@code ~{template :: fragment}} in the slot with the page's own variables, so the
 * fragment decides with {@code th:if} whether to show anything for this product or cart.
 */
public interface StorefrontFragment {

    StorefrontSlot slot();

    /** The template's name, as for a view: {@code vipps/express} for {@code templates/vipps/express.html}. */
    String template();

    /** The fragment's name inside the template ({@code th:fragment}). */
    String fragment();

    /** Position among the fragments of the same slot, smallest first. */
    default int order() {
        return 500;
    }
}
