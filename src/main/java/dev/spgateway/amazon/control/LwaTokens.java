package dev.spgateway.amazon.control;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.spgateway.platform.control.ExpiringCache;
import dev.spgateway.platform.control.SingleFlight;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Function;

/**
 * LWA access tokens per set of credentials, exchanged from the refresh token and reused until a minute
 * before they expire; then they leave memory, so credentials no longer used hold none. Concurrent callers of
 * a cold store share one exchange.
 */
@ApplicationScoped
public class LwaTokens {

    @Inject
    LwaExchange lwa;

    private Function<SpApiCredentials, AccessToken> exchange;
    private ExpiringCache<AccessToken> cache;
    private final SingleFlight<AccessToken> exchanges = new SingleFlight<>();

    public LwaTokens() {
    }

    LwaTokens(Function<SpApiCredentials, AccessToken> exchange, Clock clock, Ticker ticker) {
        this.exchange = exchange;
        this.cache = new ExpiringCache<>(AccessToken::usableUntil, clock, ticker);
    }

    @PostConstruct
    void init() {
        exchange = lwa::exchange;
        cache = new ExpiringCache<>(AccessToken::usableUntil, Clock.systemUTC(), Ticker.systemTicker());
    }

    public AccessToken token(SpApiCredentials credentials) {
        String key = CredentialKey.lwa(credentials);
        AccessToken cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        return exchanges.run(key, () -> {
            AccessToken again = cache.get(key);
            if (again != null) {
                return again;
            }
            AccessToken fresh = exchange.apply(credentials);
            cache.put(key, fresh);
            return fresh;
        });
    }

    /** Forgets a token Amazon called expired, so the next call exchanges a new one. */
    public void invalidate(SpApiCredentials credentials, AccessToken token) {
        cache.remove(CredentialKey.lwa(credentials), token);
    }

    long cachedTokens() {
        return cache.size();
    }
}
