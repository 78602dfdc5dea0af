package dev.spgateway.authorization.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.authorization.control.StateTokens;
import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The state is claimed once, only before it expires, by one conditional update; on H2 and PostgreSQL. */
class AuthorizationRequestPersistenceTest {

    private static final Instant NOW = Instant.parse("2027-02-03T04:05:06Z");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aStateIsClaimedOnceAndNotAfterItExpired(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String fresh = StateTokens.hash(StateTokens.newState());
            String lapsed = StateTokens.hash(StateTokens.newState());
            String id = jpa.inTransaction(em -> {
                ApiAccount account = new ApiAccount("acme", NOW);
                em.persist(account);
                AuthorizationRequest request = new AuthorizationRequest(account.id(), fresh, SellingRegion.EUROPE,
                        Workflow.APPSTORE, "https://app.example/back", "Label", NOW, NOW.plus(Duration.ofMinutes(10)));
                em.persist(request);
                em.persist(new AuthorizationRequest(account.id(), lapsed, SellingRegion.EUROPE, Workflow.WEBSITE,
                        "https://app.example/back", null, NOW.minus(Duration.ofMinutes(11)),
                        NOW.minus(Duration.ofMinutes(1))));
                return request.id();
            });

            assertEquals(1, claim(jpa, fresh));
            assertEquals(0, claim(jpa, fresh), "a state is claimed once");
            assertEquals(0, claim(jpa, lapsed), "an expired state is not claimed");

            jpa.run(em -> em.find(AuthorizationRequest.class, id).connected("k".repeat(48), "A2SELLER000001",
                    List.of("A1PA6795UKMFR9"), NOW));
            AuthorizationRequest done = jpa.inTransaction(em -> em.createNamedQuery(
                    AuthorizationRequest.FIND_BY_STATE_HASH, AuthorizationRequest.class)
                    .setParameter("stateHash", fresh).getSingleResult());
            assertEquals(AuthorizationStatus.CONNECTED, done.status());
            assertEquals(List.of("A1PA6795UKMFR9"), done.marketplaceIds());
            assertEquals(Workflow.APPSTORE, done.workflow());
            assertEquals(SellingRegion.EUROPE, done.region());
        }
    }

    private static int claim(JpaHarness jpa, String stateHash) {
        return jpa.inTransaction(em -> em.createNamedQuery(AuthorizationRequest.CLAIM)
                .setParameter("claimed", AuthorizationStatus.IN_PROGRESS)
                .setParameter("pending", AuthorizationStatus.PENDING)
                .setParameter("stateHash", stateHash)
                .setParameter("now", NOW)
                .executeUpdate());
    }
}
