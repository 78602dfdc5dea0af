package dev.spgateway.store.control;

import dev.spgateway.store.entity.StoreConnection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Client-secret states as of the moment they are asked for, from the stored expiry dates: a date changed a
 * moment ago shows at once, without waiting for the rotation job, which only sends the alerts. The warning
 * window is the largest of {@code spgateway.rotation.warn-days}.
 */
@ApplicationScoped
public class SecretStates {

    @Inject
    @ConfigProperty(name = "spgateway.rotation.warn-days")
    String warnDays;

    Clock clock = Clock.systemUTC();

    private Duration warnWithin;

    @PostConstruct
    void init() {
        List<Integer> thresholds;
        try {
            thresholds = thresholds(warnDays);
        } catch (NumberFormatException e) {
            thresholds = List.of();
        }
        if (thresholds.isEmpty() || thresholds.stream().anyMatch(days -> days < 1)) {
            throw new IllegalStateException("spgateway.rotation.warn-days must list whole days of at least 1, such"
                    + " as 30,7,1; it is '" + warnDays + "'");
        }
        warnWithin = Duration.ofDays(thresholds.stream().mapToInt(Integer::intValue).max().orElseThrow());
    }

    public SecretState of(StoreConnection store) {
        return SecretState.of(store.secretLifetime().expiresAt(), store.secretLifetime().refusal(), now(), warnWithin);
    }

    public Duration warnWithin() {
        return warnWithin;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The warning thresholds in days, as configured ({@code 30,7,1}). */
    public static List<Integer> thresholds(String warnDays) {
        return Arrays.stream(warnDays.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).toList();
    }
}
