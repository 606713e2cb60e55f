package dev.vippsmp.demoshop.subscription;

import dev.vippsmp.demoshop.money.Money;

/**
 * A plan as a shopper sees it: texts in the shopper's language, the price of one period in the shop's currency.
 *
 * @param intervalUnit DAY, WEEK, MONTH or YEAR
 * @param intervalCount how many units one period is
 * @param ships whether each period is sent by post; when not, nothing but name, email and phone is asked for
 */
public record PlanView(long id, String slug, String name, String description, String imageUrl, boolean ships,
                       String intervalUnit, int intervalCount, Money price) {
}
