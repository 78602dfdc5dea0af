package dev.spgateway.store.entity;

import dev.spgateway.amazon.control.IamCredentials;
import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.amazon.control.SpApiEnvironment;
import dev.spgateway.secrets.entity.SealedColumn;
import dev.spgateway.secrets.entity.Secret;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * A store's SP-API credentials (the seller's, for one application) as its row holds them: the secrets encrypted, each sealed for its own column
 * of its own row, so that a sealed value copied to another row or column does not open. A value: new
 * credentials are a new one.
 */
@Embeddable
public class StoredCredentials {

    static final String TABLE = "store_connection";
    public static final SealedColumn CLIENT_SECRET = new SealedColumn(TABLE, "client_secret");
    public static final SealedColumn REFRESH_TOKEN = new SealedColumn(TABLE, "refresh_token");
    public static final SealedColumn AWS_SECRET_ACCESS_KEY = new SealedColumn(TABLE, "aws_secret_access_key");

    /** Widths of the sealed credential columns: the credential rules derive their length limits from them. */
    public static final int CLIENT_SECRET_COLUMN = 1024;
    public static final int REFRESH_TOKEN_COLUMN = 2048;
    public static final int AWS_SECRET_COLUMN = 1024;

    @Column(name = "seller_id", nullable = false, length = 64)
    private String sellerId;

    @Column(name = "client_id", nullable = false, length = 200)
    private String clientId;

    @Column(name = "client_secret", nullable = false, length = CLIENT_SECRET_COLUMN)
    private String sealedClientSecret;

    @Column(name = "refresh_token", nullable = false, length = REFRESH_TOKEN_COLUMN)
    private String sealedRefreshToken;

    @Column(name = "aws_region", nullable = false, length = 16)
    private String awsRegion;

    @Column(name = "aws_access_key_id", length = 32)
    private String awsAccessKeyId;

    @Column(name = "aws_secret_access_key", length = AWS_SECRET_COLUMN)
    private String sealedAwsSecretAccessKey;

    @Column(name = "aws_role_arn", length = 200)
    private String awsRoleArn;

    @Column(nullable = false, length = 16)
    private String environment;

    protected StoredCredentials() {
        // JPA
    }

    /** The credentials sealed for the row with this id. */
    static StoredCredentials sealed(SpApiCredentials credentials, String rowId) {
        if (credentials == null) {
            throw new IllegalArgumentException("credentials are required");
        }
        StoredCredentials stored = new StoredCredentials();
        Optional<IamCredentials> iam = credentials.iam();
        stored.sellerId = credentials.sellerId();
        stored.clientId = credentials.clientId();
        stored.sealedClientSecret = CLIENT_SECRET.seal(credentials.clientSecret(), rowId);
        stored.sealedRefreshToken = REFRESH_TOKEN.seal(credentials.refreshToken(), rowId);
        stored.awsRegion = credentials.region().awsRegion();
        stored.environment = credentials.environment().wireName();
        stored.awsAccessKeyId = iam.map(IamCredentials::accessKeyId).orElse(null);
        stored.sealedAwsSecretAccessKey = AWS_SECRET_ACCESS_KEY.seal(
                iam.map(IamCredentials::secretAccessKey).orElse(null), rowId);
        stored.awsRoleArn = iam.map(IamCredentials::roleArn).orElse(null);
        return stored;
    }

    /** The credentials, their secrets opened; fails when a sealed value was moved to this row from elsewhere. */
    SpApiCredentials open(String rowId) {
        Optional<IamCredentials> iam = awsAccessKeyId == null ? Optional.empty()
                : Optional.of(new IamCredentials(awsAccessKeyId,
                        AWS_SECRET_ACCESS_KEY.open(sealedAwsSecretAccessKey, rowId), awsRoleArn));
        return new SpApiCredentials(sellerId, clientId, CLIENT_SECRET.open(sealedClientSecret, rowId),
                REFRESH_TOKEN.open(sealedRefreshToken, rowId), region(),
                SpApiEnvironment.parse(environment).orElseThrow(), iam);
    }

    /** True when the client secret sealed for this row is this one. */
    public boolean hasSecret(Secret secret, String rowId) {
        return CLIENT_SECRET.open(sealedClientSecret, rowId).sameAs(secret);
    }

    public String sellerId() {
        return sellerId;
    }

    public String clientId() {
        return clientId;
    }

    public SellingRegion region() {
        return SellingRegion.ofAwsRegion(awsRegion).orElseThrow();
    }
}
