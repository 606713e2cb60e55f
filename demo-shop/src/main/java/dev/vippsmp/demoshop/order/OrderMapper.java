package dev.vippsmp.demoshop.order;

import org.mapstruct.Mapper;

/** Detaches orders from the persistence context into the views pages and plugins read. */
@Mapper
interface OrderMapper {

    OrderView toView(Order order);

    OrderLineView toView(OrderLine line);

    StatusChangeView toView(OrderStatusChange change);

    OrderSummary toSummary(Order order);
}
