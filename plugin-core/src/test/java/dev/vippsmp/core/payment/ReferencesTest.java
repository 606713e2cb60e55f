package dev.vippsmp.core.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.payment.internal.References;
import org.junit.jupiter.api.Test;

/** References and Idempotency-Keys are derived, valid for the vendor, and the same every time they are derived. */
class ReferencesTest {

    @Test
    void aReferenceIsPrefixOrderAndAttempt() {
        assertThat(References.reference("shop", "1042", 1)).isEqualTo("shop-1042-1");
        assertThat(References.reference("shop", "1042", 2)).isEqualTo("shop-1042-2");
    }

    @Test
    void charactersTheVendorRefusesAreReplacedAndShortReferencesPadded() {
        assertThat(References.reference("", "A/7", 1)).matches(References.REFERENCE);
        assertThat(References.reference("x", "ord_1 2", 1)).isEqualTo("x-ord-1-2-1");
    }

    @Test
    void aLongOrderIdIsShortenedToSixtyFourCharactersAndStaysUniquePerOrder() {
        String orderA = "a".repeat(80) + "1";
        String orderB = "a".repeat(80) + "2";
        String a = References.reference("prefix", orderA, 3);
        String b = References.reference("prefix", orderB, 3);
        assertThat(a).hasSize(64).matches(References.REFERENCE).endsWith("-3");
        assertThat(a).isNotEqualTo(b).isEqualTo(References.reference("prefix", orderA, 3));
    }

    @Test
    void idempotencyKeysNameOperationAndSequenceAndFitFiftyCharacters() {
        assertThat(References.captureKey("shop-1042-1", 2)).isEqualTo("shop-1042-1-capture-2");
        assertThat(References.createKey("shop-1042-1")).isEqualTo("shop-1042-1-create");
        String longReference = References.reference("prefix", "b".repeat(80), 1);
        String key = References.refundKey(longReference, 12);
        assertThat(key).hasSizeLessThanOrEqualTo(50).endsWith("-refund-12")
                .isEqualTo(References.refundKey(longReference, 12))
                .isNotEqualTo(References.refundKey(longReference, 13));
        assertThat(References.cancelKey(longReference, 1)).hasSizeLessThanOrEqualTo(50);
    }
}
