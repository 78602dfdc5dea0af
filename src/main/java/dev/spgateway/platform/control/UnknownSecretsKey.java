package dev.spgateway.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * A stored value was sealed with a secrets key this instance was not given. Nothing is wrong with the request
 * or the store: another instance of the cluster (or an earlier configuration) has the key, so the caller is
 * answered "service unavailable" with the key's id, never an internal error, and is sent nothing of the value.
 */
@ApplicationException(rollback = true)
public class UnknownSecretsKey extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String keyId;

    public UnknownSecretsKey(String keyId) {
        super("secret was encrypted with key " + keyId
                + ", which is neither spgateway.secrets.key nor one of spgateway.secrets.previous-keys");
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }

    /** What a client may read: the key's id reveals nothing of the key. */
    public String description() {
        return "Service unavailable: this gateway instance lacks secrets key " + keyId + ", which sealed the store's"
                + " credentials (set the same spgateway.secrets.key on every instance); try another instance";
    }
}
