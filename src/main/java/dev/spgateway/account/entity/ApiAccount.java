package dev.spgateway.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A client of the gateway: it owns stores and authenticates with one or more API keys. */
@Entity
@Table(name = "api_account")
@NamedQuery(name = ApiAccount.FIND_ALL, query = "SELECT a FROM ApiAccount a ORDER BY a.createdAt")
public class ApiAccount {

    /** Every account, oldest first. */
    public static final String FIND_ALL = "ApiAccount.findAll";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiAccount() {
        // JPA
    }

    public ApiAccount(String name, Instant createdAt) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("an account needs a name of 1 to 200 characters");
        }
        if (createdAt == null) {
            throw new IllegalArgumentException("creation time is required");
        }
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
