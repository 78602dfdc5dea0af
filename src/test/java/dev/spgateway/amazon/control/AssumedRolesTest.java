package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.secrets.entity.Secret;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AssumedRolesTest {

    private static final Duration USABLE = Duration.ofMinutes(55);

    private final TestTime time = new TestTime();
    private final AtomicInteger assumptions = new AtomicInteger();
    private final AssumedRoles roles = new AssumedRoles(iam -> new AssumedRoles.RoleCredentials(
            "ASIA" + assumptions.incrementAndGet(), "secret", "session", time.clock.instant().plus(USABLE)),
            time.clock, time.ticker);

    @Test
    void roleCredentialsAreReusedWhileUsableThenAssumedAgain() {
        IamCredentials iam = iam("user-secret");

        AssumedRoles.RoleCredentials first = roles.credentials(iam);
        time.advance(USABLE.minusSeconds(1));
        assertEquals(first, roles.credentials(iam));

        time.advance(Duration.ofSeconds(1));
        roles.credentials(iam);
        assertEquals(2, assumptions.get());
    }

    @Test
    void usersNoLongerSeenLeaveNoCredentialsInMemory() {
        for (int i = 0; i < 100; i++) {
            roles.credentials(iam("user-secret-" + i));
        }
        assertEquals(100, roles.cachedCredentials());

        time.advance(USABLE);

        assertEquals(0, roles.cachedCredentials());
    }

    private static IamCredentials iam(String secret) {
        return new IamCredentials("AKIAEXAMPLE000000001", Secret.of(secret),
                "arn:aws:iam::123456789012:role/SellingPartner");
    }
}
