package dev.spgateway.store.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.platform.control.ClusterChange;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StoreReferencesTest {

    private static final Caller OWNER = new Caller("owner-account");
    private static final Caller OTHER = new Caller("other-account");

    private final Map<String, StoreReference> stores = new HashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final StoreReferences references = new StoreReferences(key -> {
        lookups.incrementAndGet();
        return Optional.ofNullable(stores.get(key));
    }, Duration.ofSeconds(10), nanos::get);

    @Test
    void aFoundStoreIsAnsweredFromMemoryUntilItsTimeIsUp() {
        stores.put("key-1", new StoreReference("store-1", OWNER.accountId(), List.of("ATVPDKIKX0DER")));

        assertEquals("store-1", references.find(OWNER, "key-1").id());
        assertEquals(List.of("ATVPDKIKX0DER"), references.find(OWNER, "key-1").marketplaceIds());
        assertEquals(1, lookups.get());

        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        references.find(OWNER, "key-1");
        assertEquals(2, lookups.get());
    }

    @Test
    void anotherAccountsStoreLooksLikeNoStoreEvenWhenRemembered() {
        stores.put("key-1", new StoreReference("store-1", OWNER.accountId(), List.of()));
        references.find(OWNER, "key-1");

        assertEquals(ReturnCode.STORE_NOT_FOUND, refusal(OTHER, "key-1"));
        assertEquals(ReturnCode.STORE_NOT_FOUND, refusal(OWNER, "no-such-key"));
    }

    @Test
    void aStoreDeletedOnAnotherInstanceIsNotFoundOnceItsChangeArrives() {
        stores.put("key-1", new StoreReference("store-1", OWNER.accountId(), List.of()));
        stores.put("key-2", new StoreReference("store-2", OWNER.accountId(), List.of()));
        references.find(OWNER, "key-1");
        references.find(OWNER, "key-2");
        stores.clear();

        references.forget(new ClusterChange(StoreReferences.TOPIC, "key-1"));

        assertEquals(ReturnCode.STORE_NOT_FOUND, refusal(OWNER, "key-1"));
        assertEquals("store-2", references.find(OWNER, "key-2").id(), "only the store named is forgotten");
    }

    @Test
    void aChangedOrDeletedStoreIsLookedUpAgainOnceAnnounced() {
        stores.put("key-1", new StoreReference("store-1", OWNER.accountId(), List.of("ATVPDKIKX0DER")));
        references.find(OWNER, "key-1");

        stores.put("key-1", new StoreReference("store-1", OWNER.accountId(), List.of("A2EUQ1WTGCTBG2")));
        references.forget(new StoreChanged("key-1"));
        assertEquals(List.of("A2EUQ1WTGCTBG2"), references.find(OWNER, "key-1").marketplaceIds());

        stores.remove("key-1");
        references.forget(new StoreChanged("key-1"));
        assertEquals(ReturnCode.STORE_NOT_FOUND, refusal(OWNER, "key-1"));
    }

    @Test
    void anUnknownKeyIsNotRememberedSoANewStoreIsFoundAtOnce() {
        assertEquals(ReturnCode.STORE_NOT_FOUND, refusal(OWNER, "key-1"));

        stores.put("key-1", new StoreReference("store-1", OWNER.accountId(), List.of()));

        assertEquals("store-1", references.find(OWNER, "key-1").id());
    }

    private ReturnCode refusal(Caller caller, String storeKey) {
        return assertThrows(ApiException.class, () -> references.find(caller, storeKey)).returnCode();
    }
}
