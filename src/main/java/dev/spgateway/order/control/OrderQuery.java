package dev.spgateway.order.control;

import dev.spgateway.order.entity.StoreOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A filter of the API as a query over the store's stored orders; the order id breaks ties in any sort. */
public final class OrderQuery {

    private final EntityManager em;
    private final String storeId;
    private final OrderFilter filter;

    public OrderQuery(EntityManager em, String storeId, OrderFilter filter) {
        this.em = em;
        this.storeId = storeId;
        this.filter = filter;
    }

    public List<StoreOrder> page(int start, int count) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<StoreOrder> q = cb.createQuery(StoreOrder.class);
        Root<StoreOrder> o = q.from(StoreOrder.class);
        q.select(o).where(predicates(cb, o));
        Path<?> key = o.get(switch (filter.sortBy()) {
            case "order_id" -> "orderId";
            case "modified_at" -> "modifiedAt";
            default -> "createdAt";
        });
        Path<String> id = o.get("orderId");
        q.orderBy(filter.descending() ? List.of(cb.desc(key), cb.desc(id)) : List.of(cb.asc(key), cb.asc(id)));
        return em.createQuery(q).setFirstResult(start).setMaxResults(count).getResultList();
    }

    public long count() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<StoreOrder> o = q.from(StoreOrder.class);
        q.select(cb.count(o)).where(predicates(cb, o));
        return em.createQuery(q).getSingleResult();
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<StoreOrder> o) {
        List<Predicate> p = new ArrayList<>();
        p.add(cb.equal(o.get("storeId"), storeId));
        if (!filter.orderIds().isEmpty()) {
            p.add(o.get("orderId").in(filter.orderIds()));
        }
        if (!filter.statuses().isEmpty()) {
            p.add(o.get("status").in(filter.statuses()));
        }
        Path<Instant> created = o.get("createdAt");
        Path<Instant> modified = o.get("modifiedAt");
        filter.createdFrom().ifPresent(at -> p.add(cb.greaterThanOrEqualTo(created, at)));
        filter.createdTo().ifPresent(at -> p.add(cb.lessThanOrEqualTo(created, at)));
        filter.modifiedFrom().ifPresent(at -> p.add(cb.greaterThanOrEqualTo(modified, at)));
        filter.modifiedTo().ifPresent(at -> p.add(cb.lessThanOrEqualTo(modified, at)));
        filter.storeId().ifPresent(id -> p.add(cb.equal(o.get("marketplaceId"), id)));
        filter.fulfillmentChannel().ifPresent(c -> p.add(cb.equal(o.get("fulfillmentChannel"), c)));
        return p.toArray(Predicate[]::new);
    }
}
