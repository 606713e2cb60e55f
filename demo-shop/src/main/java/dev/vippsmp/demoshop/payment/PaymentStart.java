package dev.vippsmp.demoshop.payment;

import java.net.URI;
import java.util.Objects;

/** What starting a payment led to. */
public sealed interface PaymentStart {

    /** Settled as far as the shop is concerned (an invoice is sent): the order can be processed now. */
    static PaymentStart completed(String note) {
        return new Completed(note);
    }

    /** The buyer has to go elsewhere (a wallet, a bank) to pay: checkout redirects the browser there. */
    static PaymentStart redirect(URI url) {
        return new Redirect(url);
    }

    /** @param note written to the order's status history, e.g. "Invoice due 2026-05-01" */
    record Completed(String note) implements PaymentStart {
    }

    record Redirect(URI url) implements PaymentStart {
        public Redirect {
            Objects.requireNonNull(url, "url");
            if (!url.isAbsolute() || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
                throw new IllegalArgumentException("A payment redirect needs an absolute http(s) URL: " + url);
            }
        }
    }
}
