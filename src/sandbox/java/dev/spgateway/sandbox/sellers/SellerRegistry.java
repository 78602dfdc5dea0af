package dev.spgateway.sandbox.sellers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Registered selling partners by selling partner id. */
public final class SellerRegistry {

    private final Clock clock;
    private final Map<String, Seller> sellers = new ConcurrentHashMap<>();

    public SellerRegistry(Clock clock) {
        this.clock = clock;
    }

    public Seller register(String sellerId, List<String> marketplaceIds) {
        if (marketplaceIds.isEmpty()) {
            throw new IllegalArgumentException("a seller needs at least one marketplace");
        }
        List<Marketplace> marketplaces = new ArrayList<>();
        for (String id : marketplaceIds) {
            marketplaces.add(Marketplace.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown marketplace " + id)));
        }
        Seller seller = new Seller(sellerId, marketplaces, clock.instant());
        sellers.put(sellerId, seller);
        return seller;
    }

    public Optional<Seller> find(String sellerId) {
        return Optional.ofNullable(sellerId == null ? null : sellers.get(sellerId));
    }

    /** Every seller, by id: who may sign in at the consent page. */
    public List<Seller> all() {
        return sellers.values().stream().sorted(java.util.Comparator.comparing(Seller::sellerId)).toList();
    }

    public Seller require(String sellerId) {
        return find(sellerId).orElseThrow(() -> new IllegalArgumentException("unknown seller " + sellerId));
    }
}
