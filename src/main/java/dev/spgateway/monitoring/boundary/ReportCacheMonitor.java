package dev.spgateway.monitoring.boundary;

import dev.spgateway.monitoring.control.JmxContribution;
import dev.spgateway.monitoring.control.ReportCacheMXBean;
import dev.spgateway.report.boundary.ReportCache;
import dev.spgateway.report.control.ReportJobs;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The report cache over JMX. */
@ApplicationScoped
public class ReportCacheMonitor implements ReportCacheMXBean, JmxContribution {

    @EJB
    ReportCache cache;

    @EJB
    ReportJobs jobs;

    @Override
    public String type() {
        return "ReportCache";
    }

    @Override
    public Class<?> mxbeanInterface() {
        return ReportCacheMXBean.class;
    }

    @Override
    public int getEntries() {
        return cache.statistics().entries();
    }

    @Override
    public long getBytes() {
        return cache.statistics().bytes();
    }

    @Override
    public long getMaxBytes() {
        return cache.statistics().maxBytes();
    }

    @Override
    public long getReadingBytes() {
        return cache.statistics().readingBytes();
    }

    @Override
    public long getEvictedBytes() {
        return cache.statistics().evictedBytes();
    }

    @Override
    public long getHits() {
        return cache.statistics().hits();
    }

    @Override
    public long getMisses() {
        return cache.statistics().misses();
    }

    @Override
    public double getHitRate() {
        return cache.statistics().hitRate();
    }

    @Override
    public int getPendingReports() {
        return jobs.inFlight().size();
    }

    @Override
    public int purgeAll() {
        return cache.purgeAll();
    }

    @Override
    public boolean purge(String key) {
        return cache.purge(key);
    }
}
