package dev.spgateway.secrets.entity;

import dev.spgateway.secrets.control.SecretKeyring;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Seals {@link Secret} attributes with the installed keyring on their way into the database. */
@Converter(autoApply = true)
public class SecretConverter implements AttributeConverter<Secret, String> {

    @Override
    public String convertToDatabaseColumn(Secret secret) {
        return secret == null ? null : SecretKeyring.installed().encrypt(secret.reveal());
    }

    @Override
    public Secret convertToEntityAttribute(String stored) {
        return stored == null ? null : Secret.of(SecretKeyring.installed().decrypt(stored));
    }
}
