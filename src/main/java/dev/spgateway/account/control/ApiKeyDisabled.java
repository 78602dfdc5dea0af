package dev.spgateway.account.control;

/** A key was disabled: callers that answer to it from memory must forget it once the change is committed. */
public record ApiKeyDisabled(String keyId) {
}
