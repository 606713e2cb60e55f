package dev.vippsmp.demoshop.payment;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Every payment method in the application context, the shop's own and those plugins add, in {@code @Order}. */
@Service("paymentMethods")
public class PaymentMethods {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final List<PaymentMethod> methods;

    PaymentMethods(List<PaymentMethod> methods) {
        Set<String> ids = new HashSet<>();
        for (PaymentMethod method : methods) {
            if (!ID.matcher(method.id()).matches()) {
                throw new IllegalStateException("Payment method id '" + method.id() + "' of " + method.getClass()
                        + " must be lowercase letters, digits and dashes, at most 40 characters");
            }
            if (!ids.add(method.id())) {
                throw new IllegalStateException("Two payment methods have the id '" + method.id() + "'");
            }
        }
        this.methods = List.copyOf(methods);
    }

    /** The methods checkout offers for such an order. */
    public List<PaymentMethod> available(PaymentContext context) {
        return methods.stream().filter(method -> method.isAvailable(context)).toList();
    }

    /** An offered method by id; empty for an unknown id or one not offered for such an order. */
    public Optional<PaymentMethod> available(String id, PaymentContext context) {
        return available(context).stream().filter(method -> method.id().equals(id)).findFirst();
    }

    /**
     * The name of a method in a language, for showing an existing order: {@code ${@paymentMethods.label(id, #locale)}}.
     * An order paid with a method no longer installed shows its id.
     */
    public String label(String id, Locale locale) {
        return byId(id).map(method -> method.label(locale)).orElse(id);
    }

    /** Any installed method by id, offered or not (to show the method of an existing order). */
    public Optional<PaymentMethod> byId(String id) {
        return methods.stream().filter(method -> method.id().equals(id)).findFirst();
    }
}
