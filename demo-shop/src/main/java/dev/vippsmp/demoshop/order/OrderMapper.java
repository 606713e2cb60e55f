package dev.vippsmp.demoshop.order;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Detaches orders from the persistence context into the views pages and plugins read. */
@Mapper
interface OrderMapper {

    OrderView toView(Order order);

    /** Without the status history, so that it is not read from the database. */
    @Mapping(target = "history", expression = "java(java.util.List.of())")
    OrderView toViewWithoutHistory(Order order);

    OrderLineView toView(OrderLine line);

    StatusChangeView toView(OrderStatusChange change);

    OrderSummary toSummary(Order order);
}
