package dev.vippsmp.core.client.recurring;

/** How often an agreement is charged: {@code unit} YEAR, MONTH, WEEK or DAY, {@code count} 1 to 31. */
public record AgreementInterval(String unit, int count, String text) {

    public static AgreementInterval of(String unit, int count) {
        return new AgreementInterval(unit, count, null);
    }
}
