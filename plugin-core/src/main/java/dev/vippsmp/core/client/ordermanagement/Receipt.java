package dev.vippsmp.core.client.ordermanagement;

import java.util.List;

/** Order lines and a bottom line, shown to the buyer in the app. Immutable once sent. */
public record Receipt(List<OrderLine> orderLines, BottomLine bottomLine) {
}
