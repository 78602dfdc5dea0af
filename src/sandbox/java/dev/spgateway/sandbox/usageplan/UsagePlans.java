package dev.spgateway.sandbox.usageplan;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rate limiting per (application, seller, operation) with the defaults read from the models' usage-plan
 * tables, so the sandbox follows the models when Amazon changes them.
 */
public final class UsagePlans {

    private static final Pattern TABLE_ROW = Pattern.compile("\\|\\s*([0-9]+(?:\\.[0-9]+)?)\\s*\\|\\s*([0-9]+)\\s*\\|");

    private final Clock clock;
    private final Map<String, UsagePlan> plans = new HashMap<>();
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public UsagePlans(Clock clock, Iterable<JsonNode> models) {
        this.clock = clock;
        for (JsonNode model : models) {
            model.path("paths").forEach(path -> path.fields().forEachRemaining(op -> {
                String operationId = op.getValue().path("operationId").asText(null);
                String description = op.getValue().path("description").asText("");
                int at = description.indexOf("Usage Plan");
                Matcher m = TABLE_ROW.matcher(at < 0 ? "" : description.substring(at));
                if (operationId != null && m.find()) {
                    plans.put(operationId, new UsagePlan(m.group(1), Double.parseDouble(m.group(1)),
                            Integer.parseInt(m.group(2))));
                }
            }));
        }
    }

    public Optional<UsagePlan> plan(String operationId) {
        return Optional.ofNullable(plans.get(operationId));
    }

    /** Takes a token; false means the caller gets 429. Operations without a plan are not limited. */
    public boolean tryAcquire(String clientId, String sellerId, String operationId) {
        UsagePlan plan = plans.get(operationId);
        if (plan == null) {
            return true;
        }
        TokenBucket bucket = buckets.computeIfAbsent(clientId + '\u0000' + sellerId + '\u0000' + operationId,
                k -> new TokenBucket(plan, clock.instant()));
        return bucket.tryTake(clock.instant());
    }

    public void reset() {
        buckets.clear();
    }
}
