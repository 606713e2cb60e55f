package dev.vippsmp.core.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.client.ordermanagement.OrderLine;
import dev.vippsmp.core.client.ordermanagement.Receipt;
import dev.vippsmp.core.spi.ShopOrder;
import dev.vippsmp.core.spi.ShopOrderLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Order lines become receipt lines with VAT split out in whole minor units. */
class ReceiptBuilderTest {

    @Test
    void vatIsTakenOutOfTheGrossAmount() {
        assertThat(ReceiptBuilder.taxIncluded(12500, 2500)).isEqualTo(2500);
        assertThat(ReceiptBuilder.taxIncluded(11500, 1500)).isEqualTo(1500);
        assertThat(ReceiptBuilder.taxIncluded(999, 2500)).isEqualTo(200);
        assertThat(ReceiptBuilder.taxIncluded(1000, 0)).isZero();
    }

    @Test
    void linesCarryTotalsQuantityAndDiscount() {
        ShopOrder order = new ShopOrder("42", List.of(
                new ShopOrderLine("sku-1", "Socks", BigDecimal.valueOf(2), 10000, 18000, 2500, true),
                new ShopOrderLine("sku-2", "E-book", new BigDecimal("1.000"), 5000, 5000, 1200, false)),
                23000, "NOK", Locale.forLanguageTag("nb"), null);

        Receipt receipt = ReceiptBuilder.receipt(order, "shop-42-1");

        OrderLine socks = receipt.orderLines().get(0);
        assertThat(socks.totalAmount()).isEqualTo(18000);
        assertThat(socks.totalTaxAmount()).isEqualTo(3600);
        assertThat(socks.totalAmountExcludingTax()).isEqualTo(14400);
        assertThat(socks.taxPercentage()).isEqualTo(25);
        assertThat(socks.discount()).isEqualTo(2000);
        assertThat(socks.unitInfo().quantity()).isEqualTo("2");
        assertThat(receipt.orderLines().get(1).unitInfo().quantity()).isEqualTo("1");
        assertThat(receipt.orderLines().get(1).discount()).isNull();
        assertThat(receipt.bottomLine().currency()).isEqualTo("NOK");
        assertThat(receipt.orderLines().stream().mapToLong(OrderLine::totalAmount).sum())
                .isEqualTo(order.totalMinor());
    }

    @Test
    void anOrderWithoutLinesHasNoReceipt() {
        assertThat(ReceiptBuilder.receipt(new ShopOrder("1", List.of(), 100, "NOK", Locale.ROOT, null), "r"))
                .isNull();
    }
}
