package dev.spgateway.store.control;

import dev.spgateway.amazon.control.IamCredentials;
import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.amazon.control.SpApiEnvironment;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ParameterRules;
import dev.spgateway.secrets.control.SecretKeyring;
import dev.spgateway.secrets.entity.Secret;
import dev.spgateway.store.entity.StoredCredentials;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns API parameters into SP-API credentials, with one precise message per field: 114 when a required
 * value is missing, 109 when a value cannot be right. Messages never repeat a secret value.
 */
public final class CredentialRules {

    public static final String SELLER_ID = "amazon_seller_id";
    public static final String CLIENT_ID = "amazon_sp_client_id";
    public static final String CLIENT_SECRET = "amazon_sp_client_secret";
    public static final String REFRESH_TOKEN = "amazon_sp_refresh_token";
    public static final String AWS_REGION = "amazon_sp_aws_region";
    public static final String AWS_KEY_ID = "amazon_sp_aws_user_key_id";
    public static final String AWS_SECRET = "amazon_sp_aws_user_secret";
    public static final String AWS_ROLE_ARN = "amazon_sp_aws_role_arn";
    public static final String ENVIRONMENT = "amazon_sp_api_environment";
    public static final String SECRET_EXPIRES_AT = "amazon_sp_client_secret_expires_at";

    /** Every credential parameter, in the order account.config.update reports them. */
    public static final List<String> ALL = List.of(SELLER_ID, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, AWS_REGION,
            AWS_KEY_ID, AWS_SECRET, AWS_ROLE_ARN, ENVIRONMENT);
    public static final List<String> AWS_TRIO = List.of(AWS_KEY_ID, AWS_SECRET, AWS_ROLE_ARN);

    private static final Pattern SELLER = Pattern.compile("A[0-9A-Z]{6,20}");
    private static final String CLIENT_PREFIX = "amzn1.application-oa2-client.";
    private static final Pattern CLIENT_REST = Pattern.compile("[0-9A-Za-z]{8,128}");
    private static final String REFRESH_PREFIX = "Atzr|";
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{16}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]{1,128}");
    /** Each secret is limited to what fits its column once sealed; secrets are ASCII, so bytes are characters. */
    private static final Map<String, Integer> MAX_SECRET_LENGTHS = Map.of(
            CLIENT_SECRET, SecretKeyring.maxPlaintextBytes(StoredCredentials.CLIENT_SECRET_COLUMN),
            REFRESH_TOKEN, SecretKeyring.maxPlaintextBytes(StoredCredentials.REFRESH_TOKEN_COLUMN),
            AWS_SECRET, SecretKeyring.maxPlaintextBytes(StoredCredentials.AWS_SECRET_COLUMN));
    /** Amazon's secrets live 180 days; a date further out than this is a mistake, and may not fit the column. */
    private static final java.time.Duration MAX_EXPIRY_AHEAD = java.time.Duration.ofDays(3660);

    private CredentialRules() {
    }

    /** The longest value a credential parameter may have: a secret's sealed form must fit its column. */
    public static int maxLength(String name) {
        return MAX_SECRET_LENGTHS.getOrDefault(name, ParameterRules.MAX_TEXT_LENGTH);
    }

    /** Validates a complete set, as account.cart.add receives it. */
    public static SpApiCredentials parse(Map<String, String> values) {
        Function<String, Optional<String>> get = name -> Optional.ofNullable(values.get(name)).map(ParameterRules::trim)
                .filter(value -> !value.isEmpty());
        String sellerId = sellerId(get.apply(SELLER_ID).orElseThrow(() -> ApiException.missing(SELLER_ID)));
        String clientId = clientId(get.apply(CLIENT_ID).orElseThrow(() -> ApiException.missing(CLIENT_ID)));
        Secret clientSecret = secret(CLIENT_SECRET,
                get.apply(CLIENT_SECRET).orElseThrow(() -> ApiException.missing(CLIENT_SECRET)));
        Secret refreshToken = refreshToken(
                get.apply(REFRESH_TOKEN).orElseThrow(() -> ApiException.missing(REFRESH_TOKEN)));
        SellingRegion region = region(get.apply(AWS_REGION).orElseThrow(() -> ApiException.missing(AWS_REGION)));
        SpApiEnvironment environment = environment(get.apply(ENVIRONMENT).orElse("production"));
        Optional<IamCredentials> iam = iam(get.apply(AWS_KEY_ID), get.apply(AWS_SECRET), get.apply(AWS_ROLE_ARN));
        return new SpApiCredentials(sellerId, clientId, clientSecret, refreshToken, region, environment, iam);
    }

    /**
     * Applies a subset of new values to a stored set, as account.config.update receives them, and validates
     * the result as a whole. The three AWS parameters given as empty strings remove the IAM setup.
     */
    public static SpApiCredentials merge(SpApiCredentials current, Map<String, String> changes) {
        if (changes.containsKey(SELLER_ID) && !current.sellerId().equals(ParameterRules.trim(changes.get(SELLER_ID)))) {
            throw ApiException.incorrect(SELLER_ID, "a store keeps its seller; add the other seller as a new store");
        }
        Map<String, String> merged = new java.util.HashMap<>(asParameters(current));
        ALL.stream().filter(changes::containsKey).forEach(name -> merged.put(name, changes.get(name)));
        return parse(merged);
    }

    private static Map<String, String> asParameters(SpApiCredentials credentials) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put(SELLER_ID, credentials.sellerId());
        values.put(CLIENT_ID, credentials.clientId());
        values.put(CLIENT_SECRET, credentials.clientSecret().reveal());
        values.put(REFRESH_TOKEN, credentials.refreshToken().reveal());
        values.put(AWS_REGION, credentials.region().awsRegion());
        values.put(ENVIRONMENT, credentials.environment().wireName());
        credentials.iam().ifPresent(iam -> {
            values.put(AWS_KEY_ID, iam.accessKeyId());
            values.put(AWS_SECRET, iam.secretAccessKey().reveal());
            values.put(AWS_ROLE_ARN, iam.roleArn());
        });
        return values;
    }

    /** Amazon's expiry date of the client secret, as its developer console shows it; in the future. */
    public static Optional<java.time.Instant> secretExpiresAt(Optional<String> value, java.time.Instant now) {
        return value.map(ParameterRules::trim).filter(v -> !v.isEmpty()).map(text -> {
            java.time.Instant expiresAt = parseInstant(text);
            if (!expiresAt.isAfter(now)) {
                throw ApiException.incorrect(SECRET_EXPIRES_AT, "must be in the future");
            }
            if (expiresAt.isAfter(now.plus(MAX_EXPIRY_AHEAD))) {
                throw ApiException.incorrect(SECRET_EXPIRES_AT, "must be within " + MAX_EXPIRY_AHEAD.toDays()
                        + " days from now (Amazon's client secrets live 180 days)");
            }
            return expiresAt;
        });
    }

    public static java.time.Instant parseInstant(String text) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException notOffset) {
            try {
                return java.time.LocalDateTime.parse(text.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException notLocal) {
                try {
                    return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                } catch (java.time.format.DateTimeParseException notDate) {
                    throw ApiException.incorrect(SECRET_EXPIRES_AT,
                            "expected an ISO-8601 date-time such as 2027-05-24T10:00:00Z");
                }
            }
        }
    }

    static String sellerId(String value) {
        if (!SELLER.matcher(value).matches()) {
            throw ApiException.incorrect(SELLER_ID, "expected the seller's merchant token, an 'A' followed by"
                    + " upper-case letters and digits (Seller Central: Settings, Account Info, Merchant Token)");
        }
        return value;
    }

    public static String clientId(String value) {
        if (!value.startsWith(CLIENT_PREFIX)
                || !CLIENT_REST.matcher(value.substring(CLIENT_PREFIX.length())).matches()) {
            throw ApiException.incorrect(CLIENT_ID, "an LWA client identifier starts with '" + CLIENT_PREFIX
                    + "' (Developer Central: your app, LWA credentials)");
        }
        return value;
    }

    static Secret refreshToken(String value) {
        if (!value.startsWith(REFRESH_PREFIX)) {
            throw ApiException.incorrect(REFRESH_TOKEN, "an LWA refresh token starts with 'Atzr|'"
                    + " (it is issued when the seller authorizes your app)");
        }
        return secret(REFRESH_TOKEN, value);
    }

    static SellingRegion region(String value) {
        return SellingRegion.ofAwsRegion(value).orElseThrow(() -> ApiException.incorrect(AWS_REGION,
                "expected one of " + SellingRegion.table()));
    }

    static SpApiEnvironment environment(String value) {
        return SpApiEnvironment.parse(value).orElseThrow(() -> ApiException.incorrect(ENVIRONMENT,
                "expected 'production' or 'sandbox'"));
    }

    static Optional<IamCredentials> iam(Optional<String> keyId, Optional<String> secret, Optional<String> roleArn) {
        // a malformed value is named before the trio's completeness, so each message points at what to fix
        if (keyId.isPresent() && !ACCESS_KEY_ID.matcher(keyId.get()).matches()) {
            throw ApiException.incorrect(AWS_KEY_ID, "an AWS access key id is 'AKIA' and 16 upper-case letters"
                    + " or digits");
        }
        Optional<Secret> secretKey = secret.map(value -> secret(AWS_SECRET, value));
        if (roleArn.isPresent() && !ROLE_ARN.matcher(roleArn.get()).matches()) {
            throw ApiException.incorrect(AWS_ROLE_ARN, "expected arn:aws:iam::<12-digit account id>:role/<role name>");
        }
        int given = (keyId.isPresent() ? 1 : 0) + (secret.isPresent() ? 1 : 0) + (roleArn.isPresent() ? 1 : 0);
        if (given == 0) {
            return Optional.empty();
        }
        if (given < 3) {
            String missing = keyId.isEmpty() ? AWS_KEY_ID : secret.isEmpty() ? AWS_SECRET : AWS_ROLE_ARN;
            throw new ApiException(dev.spgateway.api.control.ReturnCode.REQUIRED_PARAMETER_MISSING,
                    "Required parameter '" + missing + "' is missing: " + String.join(", ", AWS_TRIO)
                            + " are given all three or not at all");
        }
        return Optional.of(new IamCredentials(keyId.get(), secretKey.get(), roleArn.get()));
    }

    /** Amazon's secrets are printable ASCII without spaces; anything else was mangled on its way here. */
    private static Secret secret(String name, String value) {
        int maxLength = maxLength(name);
        if (value.length() > maxLength) {
            throw ApiException.incorrect(name, "at most " + maxLength + " characters (" + value.length() + " given)");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw ApiException.incorrect(name, "letters, digits and ASCII punctuation only, no spaces (character "
                        + (i + 1) + ")");
            }
        }
        return Secret.of(value);
    }
}
