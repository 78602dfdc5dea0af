package dev.spgateway.e2e;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.MBeanServerConnection;

/**
 * What a load run cost, in figures that the other work on a shared machine moves far less than latencies:
 * the server's CPU time (user + system, from /proc) and its garbage collections (over JMX), and the CPU time
 * of the load generators, which this JVM reaps as its children. Taken once before and once after the load;
 * {@link #per(long)} divides the differences by the answers counted.
 */
final class LoadAccounting {

    /** Linux's USER_HZ: /proc reports CPU times in hundredths of a second. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long serverPid;
    private final List<GarbageCollectorMXBean> collectors;
    private final Sample start;

    private LoadAccounting(long serverPid, List<GarbageCollectorMXBean> collectors) throws IOException {
        this.serverPid = serverPid;
        this.collectors = collectors;
        this.start = sample();
    }

    static LoadAccounting start(long serverPid, MBeanServerConnection server) throws IOException {
        return new LoadAccounting(serverPid,
                ManagementFactory.getPlatformMXBeans(server, GarbageCollectorMXBean.class));
    }

    /** The differences since the start, per answer. */
    String per(long answers) throws IOException {
        Sample end = sample();
        double serverSeconds = (end.serverTicks - start.serverTicks) / TICKS_PER_SECOND;
        double clientSeconds = (end.childTicks - start.childTicks) / TICKS_PER_SECOND;
        long collections = end.collections - start.collections;
        long collectionMillis = end.collectionMillis - start.collectionMillis;
        return String.format("server CPU %.1f s = %.0f µs per answer; load generators' CPU %.1f s = %.0f µs per"
                        + " answer; %d collections, %d ms in all (%.1f per 1,000 answers); %d answers",
                serverSeconds, serverSeconds * 1e6 / answers, clientSeconds, clientSeconds * 1e6 / answers,
                collections, collectionMillis, collections * 1000.0 / answers, answers);
    }

    private Sample sample() throws IOException {
        long collections = 0;
        long collectionMillis = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            collections += collector.getCollectionCount();
            collectionMillis += collector.getCollectionTime();
        }
        String[] server = statFields(Path.of("/proc", Long.toString(serverPid), "stat"));
        String[] self = statFields(Path.of("/proc/self/stat"));
        // fields 14 and 15: utime and stime; 16 and 17: cutime and cstime (children waited for)
        return new Sample(Long.parseLong(server[13]) + Long.parseLong(server[14]),
                Long.parseLong(self[15]) + Long.parseLong(self[16]), collections, collectionMillis);
    }

    /** The fields of a /proc stat line; the command name in parentheses may contain spaces, so it is cut. */
    private static String[] statFields(Path stat) throws IOException {
        String line = Files.readString(stat);
        String afterName = line.substring(line.lastIndexOf(')') + 2);
        String[] rest = afterName.split(" ");
        String[] fields = new String[rest.length + 2];
        fields[0] = line.substring(0, line.indexOf(' '));
        fields[1] = "(name)";
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return fields;
    }

    private record Sample(long serverTicks, long childTicks, long collections, long collectionMillis) {
    }
}
