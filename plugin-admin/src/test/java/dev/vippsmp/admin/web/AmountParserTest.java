package dev.vippsmp.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.admin.web.AmountParser.InvalidAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts typed in major units become minor units exactly, or are refused with the reason; nothing is guessed. */
class AmountParserTest {

    @ParameterizedTest(name = "\"{0}\" {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "500|NOK|50000",
            "500.5|NOK|50050",
            "500,50|NOK|50050",
            "0.01|EUR|1",
            " 12 |DKK|1200",
            "1 299,00|NOK|129900",
            "1\u00a0299.00|NOK|129900",
            "12\u202f345|NOK|1234500",
            "650000|NOK|65000000"})
    void readsWholeAndDecimalAmountsInEitherNotation(String typed, String currency, long minor) {
        assertThat(AmountParser.minorUnits(typed, currency)).isEqualTo(minor);
    }

    @ParameterizedTest(name = "\"{0}\" is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "''|empty",
            "'   '|empty",
            "abc|not-a-number",
            "-5|not-a-number",
            "+5|not-a-number",
            "1e3|not-a-number",
            "kr 10|not-a-number",
            "10 NOK|not-a-number",
            "1.000,50|not-a-number",
            "1 2|not-a-number",
            "12 34|not-a-number",
            "0x10|not-a-number",
            "١٢٣|not-a-number",
            "10.|not-a-number",
            ".5|not-a-number",
            "1,000|too-many-decimals",
            "10.001|too-many-decimals",
            "0|zero",
            "0,00|zero",
            "650000.01|too-large",
            "99999999999999999999999|too-large",
            "123456789012345678901234567890123|not-a-number"})
    void refusesAnythingElseNamingTheProblem(String typed, String problem) {
        assertThatThrownBy(() -> AmountParser.minorUnits(typed, "NOK"))
                .isInstanceOfSatisfying(InvalidAmount.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
