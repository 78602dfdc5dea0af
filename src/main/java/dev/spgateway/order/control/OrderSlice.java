package dev.spgateway.order.control;

import dev.spgateway.order.entity.StoreOrder;
import java.util.List;

/** The rows of a page, in the list's order, and whether the list goes on before and after them. */
public record OrderSlice(List<StoreOrder> rows, boolean moreBefore, boolean moreAfter) {

    public OrderSlice {
        rows = List.copyOf(rows);
    }
}
