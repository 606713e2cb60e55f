package dev.vippsmp.checkout.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.settings.Market;
import org.junit.jupiter.api.Test;

/** What a shopper types as a mobile number becomes the vendor's MSISDN, or nothing when it cannot be one. */
class PhoneNumbersTest {

    @Test
    void nationalNumbersGetTheMarketsCountryCode() {
        assertThat(PhoneNumbers.msisdn("912 34 567", Market.NO)).isEqualTo("4791234567");
        assertThat(PhoneNumbers.msisdn("12-34-56-78", Market.DK)).isEqualTo("4512345678");
        assertThat(PhoneNumbers.msisdn("040 123 4567", Market.FI)).isEqualTo("358401234567");
    }

    @Test
    void internationalNumbersKeepTheirOwnCountryCode() {
        assertThat(PhoneNumbers.msisdn("+47 912 34 567", Market.DK)).isEqualTo("4791234567");
        assertThat(PhoneNumbers.msisdn("0045 12 34 56 78", Market.NO)).isEqualTo("4512345678");
        assertThat(PhoneNumbers.msisdn("(+358) 40-123-4567", Market.NO)).isEqualTo("358401234567");
    }

    @Test
    void whatCannotBeANumberIsLeftOutForTheAppToAsk() {
        assertThat(PhoneNumbers.msisdn(null, Market.NO)).isNull();
        assertThat(PhoneNumbers.msisdn("  ", Market.NO)).isNull();
        assertThat(PhoneNumbers.msisdn("1234", Market.NO)).isNull();
        assertThat(PhoneNumbers.msisdn("91234567x", Market.NO)).isNull();
        assertThat(PhoneNumbers.msisdn("+47 1", Market.NO)).isNull();
        assertThat(PhoneNumbers.msisdn("+1234567890123456", Market.NO)).isNull();
    }
}
