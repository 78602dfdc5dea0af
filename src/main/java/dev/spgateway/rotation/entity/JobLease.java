package dev.spgateway.rotation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A named lease in the database: the instance whose conditional update succeeds runs the job until the
 * lease ends; the others skip that tick. The update is one statement, so the database decides the race.
 */
@Entity
@Table(name = "job_lease")
@NamedQuery(name = JobLease.ACQUIRE,
        query = "UPDATE JobLease l SET l.holder = :holder, l.leaseUntil = :until"
                + " WHERE l.name = :name AND (l.leaseUntil <= :now OR l.holder = :holder)")
@NamedQuery(name = JobLease.RELEASE,
        query = "UPDATE JobLease l SET l.leaseUntil = :now WHERE l.name = :name AND l.holder = :holder")
public class JobLease {

    public static final String ACQUIRE = "JobLease.acquire";
    public static final String RELEASE = "JobLease.release";
    public static final String CREDENTIAL_ROTATION = "credential-rotation";

    @Id
    @Column(length = 100)
    private String name;

    @Column(length = 100)
    private String holder;

    @Column(name = "lease_until", nullable = false)
    private Instant leaseUntil;

    protected JobLease() {
        // JPA
    }

    public String name() {
        return name;
    }

    public String holder() {
        return holder;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }
}
