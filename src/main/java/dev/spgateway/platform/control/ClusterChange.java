package dev.spgateway.platform.control;

/**
 * Something one instance changed that other instances hold in memory: a feature names it by its topic and a
 * key (a store key, a report cache key), and forgets that key when the change arrives from another instance.
 */
public record ClusterChange(String topic, String key) {

    public static final int MAX_TOPIC = 40;
    public static final int MAX_KEY = 200;

    public ClusterChange {
        if (topic == null || topic.isEmpty() || topic.length() > MAX_TOPIC) {
            throw new IllegalArgumentException("a change has a topic of 1 to " + MAX_TOPIC + " characters");
        }
        if (key == null || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a change has a key of at most " + MAX_KEY + " characters");
        }
    }

    public boolean is(String name) {
        return topic.equals(name);
    }
}
