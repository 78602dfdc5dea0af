package dev.spgateway.authorization.entity;

import java.util.Locale;

/** Where an authorization stands; {@code IN_PROGRESS} from the moment its callback claimed the state. */
public enum AuthorizationStatus {
    PENDING, IN_PROGRESS, CONNECTED, CANCELLED, ERROR;

    public boolean finished() {
        return this == CONNECTED || this == CANCELLED || this == ERROR;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
