package dev.spgateway.order.control;

import java.util.Optional;

/**
 * Which page of a list a call asks for. By {@code start}: the rows at that offset of the list as it is now.
 * By a cursor: the rows after (or before) the row it is anchored on, by the sort key and order id, so that
 * orders arriving or changing elsewhere in the list shift nothing.
 */
public record OrderPage(int start, int count, boolean backward, Optional<Anchor> anchor) {

    /** A row of the list: its sort key (an instant or an order id, as text) and its order id. */
    public record Anchor(String sortKey, String orderId) {

        public Anchor {
            if (sortKey == null || orderId == null || orderId.isEmpty()) {
                throw new IllegalArgumentException("an anchor needs the row's sort key and order id");
            }
        }
    }

    public OrderPage {
        if (start < 0 || count < 1 || count > OrderRequest.MAX_COUNT) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds 1 to "
                    + OrderRequest.MAX_COUNT + " orders");
        }
    }

    public static OrderPage offset(int start, int count) {
        return new OrderPage(start, count, false, Optional.empty());
    }

    public static OrderPage after(Anchor anchor, int count) {
        return new OrderPage(0, count, false, Optional.of(anchor));
    }

    /** The rows before the anchor; without one, the last page of the list. */
    public static OrderPage before(Optional<Anchor> anchor, int count) {
        return new OrderPage(0, count, true, anchor);
    }

    public boolean byKey() {
        return backward || anchor.isPresent();
    }
}
