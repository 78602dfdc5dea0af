package dev.spgateway.secrets.control;

import java.util.Optional;
import java.util.Set;

/**
 * Where sealed values are stored, asked for one sealed with a key outside a set: an instance that lacks the
 * key of stored values cannot serve them, so it must not take traffic. The features that store secrets answer.
 */
public interface SealedKeyIds {

    /** The id of a key, not among {@code known}, that sealed a stored value; empty when there is none. */
    Optional<String> keyIdOutside(Set<String> known);
}
