package dev.vippsmp.demoshop.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest(name = "VAT at {1} bp inside {0} is {2}")
    @CsvSource({
            "12500, 2500, 2500",
            "129900, 2500, 25980",
            "16900, 1500, 2204",
            "1, 2500, 0",
            "3, 2500, 1",
            "14900, 0, 0",
            "990, 2550, 201",
            "0, 2500, 0"})
    void theVatInsideAPriceIsRoundedHalfUpToTheMinorUnit(long gross, int rate, long vat) {
        assertThat(Money.of(gross, "NOK").vatIncluded(rate)).isEqualTo(Money.of(vat, "NOK"));
    }

    @Test
    void amountsInDifferentCurrenciesDoNotMix() {
        assertThatThrownBy(() -> Money.of(100, "NOK").plus(Money.of(100, "DKK")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOK").hasMessageContaining("DKK");
        assertThatThrownBy(() -> Money.of(100, "NOK").isAtLeast(Money.of(1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowIsAnErrorNotAWrappedAmount() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "NOK").plus(Money.of(1, "NOK")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE / 2, "NOK").times(3)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aNegativeVatRateIsRefused() {
        assertThatThrownBy(() -> Money.of(100, "NOK").vatIncluded(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
