package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UsagePlansTest {

    private final TestTime time = new TestTime();
    private final UsagePlans plans = new UsagePlans(time.ticker);

    @Test
    void aBucketLeftIdleForAnHourIsForgottenAndOneInUseIsKept() {
        plans.observe("idle-seller/na", SpApiOperation.GET_REPORT, "5");
        plans.observe("busy-seller/na", SpApiOperation.GET_REPORT, "5");

        for (int minutes = 0; minutes < 70; minutes += 10) {
            time.advance(Duration.ofMinutes(10));
            plans.answered("busy-seller/na", SpApiOperation.GET_REPORT);
        }

        assertEquals(1, plans.bucketCount());
        assertEquals(5.0, plans.rate("busy-seller/na", SpApiOperation.GET_REPORT));
        assertEquals(SpApiOperation.GET_REPORT.defaultRate(), plans.rate("idle-seller/na", SpApiOperation.GET_REPORT),
                "a forgotten bucket starts again from the model's plan");
    }

    @Test
    void sellersEverSeenDoNotAccumulate() {
        for (int i = 0; i < 500; i++) {
            plans.answered("seller-" + i + "/na", SpApiOperation.CREATE_REPORT);
        }
        assertEquals(500, plans.bucketCount());

        time.advance(UsagePlans.IDLE_EVICTION);

        assertEquals(0, plans.bucketCount());
    }
}
