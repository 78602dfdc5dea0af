package dev.spgateway.store.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.amazon.control.SpApiEnvironment;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialRulesTest {

    static Map<String, String> valid() {
        Map<String, String> values = new HashMap<>();
        values.put("amazon_seller_id", "A2EXAMPLE1SELLER");
        values.put("amazon_sp_client_id", "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef");
        values.put("amazon_sp_client_secret", "amzn1.oa2-cs.v1.topsecretvalue");
        values.put("amazon_sp_refresh_token", "Atzr|IwEBIrefreshtoken");
        values.put("amazon_sp_aws_region", "us-east-1");
        return values;
    }

    @Test
    void aCompleteSetWithoutAwsIsAccepted() {
        SpApiCredentials credentials = CredentialRules.parse(valid());

        assertEquals("A2EXAMPLE1SELLER", credentials.sellerId());
        assertEquals(SellingRegion.NORTH_AMERICA, credentials.region());
        assertEquals(SpApiEnvironment.PRODUCTION, credentials.environment());
        assertTrue(credentials.iam().isEmpty());
    }

    @Test
    void theAwsTrioIsAccepted() {
        Map<String, String> values = valid();
        values.put("amazon_sp_aws_user_key_id", "AKIAABCDEFGHIJKLMNOP");
        values.put("amazon_sp_aws_user_secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        values.put("amazon_sp_aws_role_arn", "arn:aws:iam::123456789012:role/SellingPartnerRole");

        assertEquals("AKIAABCDEFGHIJKLMNOP", CredentialRules.parse(values).iam().orElseThrow().accessKeyId());
    }

    @ParameterizedTest(name = "{0} missing")
    @CsvSource({"amazon_seller_id", "amazon_sp_client_id", "amazon_sp_client_secret", "amazon_sp_refresh_token",
            "amazon_sp_aws_region"})
    void eachRequiredValueIs114NamingIt(String name) {
        Map<String, String> values = valid();
        values.remove(name);

        ApiException e = assertThrows(ApiException.class, () -> CredentialRules.parse(values));
        assertEquals(ReturnCode.REQUIRED_PARAMETER_MISSING, e.returnCode());
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = ';', value = {
            "amazon_seller_id;seller-1",
            "amazon_sp_client_id;amzn1.wrong-prefix.0123456789",
            "amazon_sp_refresh_token;IwEBI-no-prefix",
            "amazon_sp_aws_region;us-west-1",
            "amazon_sp_api_environment;staging"})
    void eachMalformedValueIs109NamingIt(String name, String value) {
        Map<String, String> values = valid();
        values.put(name, value);

        ApiException e = assertThrows(ApiException.class, () -> CredentialRules.parse(values));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void aWrongRegionListsTheRegionTable() {
        Map<String, String> values = valid();
        values.put("amazon_sp_aws_region", "ap-south-1");

        ApiException e = assertThrows(ApiException.class, () -> CredentialRules.parse(values));
        assertTrue(e.getMessage().contains("North America us-east-1, Europe eu-west-1, Far East us-west-2"));
    }

    @Test
    void theAwsTrioIsAllOrNone() {
        Map<String, String> values = valid();
        values.put("amazon_sp_aws_user_key_id", "AKIAABCDEFGHIJKLMNOP");
        values.put("amazon_sp_aws_role_arn", "arn:aws:iam::123456789012:role/SellingPartnerRole");

        ApiException e = assertThrows(ApiException.class, () -> CredentialRules.parse(values));
        assertEquals(ReturnCode.REQUIRED_PARAMETER_MISSING, e.returnCode());
        assertTrue(e.getMessage().contains("amazon_sp_aws_user_secret"));
    }

    @Test
    void malformedAwsValuesAre109() {
        Map<String, String> values = valid();
        values.put("amazon_sp_aws_user_key_id", "AKIA-short");
        values.put("amazon_sp_aws_user_secret", "secret");
        values.put("amazon_sp_aws_role_arn", "arn:aws:iam::123456789012:role/SellingPartnerRole");
        assertTrue(assertThrows(ApiException.class, () -> CredentialRules.parse(values)).getMessage()
                .contains("amazon_sp_aws_user_key_id"));

        values.put("amazon_sp_aws_user_key_id", "AKIAABCDEFGHIJKLMNOP");
        values.put("amazon_sp_aws_role_arn", "arn:aws:iam::1234:user/someone");
        assertTrue(assertThrows(ApiException.class, () -> CredentialRules.parse(values)).getMessage()
                .contains("amazon_sp_aws_role_arn"));
    }

    @Test
    void messagesNeverRepeatASecret() {
        Map<String, String> values = valid();
        values.put("amazon_sp_refresh_token", "NotAtzrButSecret123");

        ApiException e = assertThrows(ApiException.class, () -> CredentialRules.parse(values));
        assertFalse(e.getMessage().contains("NotAtzrButSecret123"));
    }

    @Test
    void mergeReplacesASubsetAndKeepsTheRest() {
        SpApiCredentials current = CredentialRules.parse(valid());

        SpApiCredentials merged = CredentialRules.merge(current,
                Map.of("amazon_sp_client_secret", "amzn1.oa2-cs.v1.newsecret"));

        assertEquals("amzn1.oa2-cs.v1.newsecret", merged.clientSecret().reveal());
        assertEquals(current.refreshToken().reveal(), merged.refreshToken().reveal());
    }

    @Test
    void mergeKeepsTheSeller() {
        SpApiCredentials current = CredentialRules.parse(valid());

        assertEquals(ReturnCode.INCORRECT_PARAMETER, assertThrows(ApiException.class,
                () -> CredentialRules.merge(current, Map.of("amazon_seller_id", "A3OTHERSELLER1"))).returnCode());
    }

    @ParameterizedTest(name = "{0} of at most {1}")
    @CsvSource({"amazon_sp_client_secret,728", "amazon_sp_refresh_token,1496"})
    void aSecretMayBeAsLongAsItsColumnHoldsOnceSealedAndNoLonger(String name, int limit) {
        String prefix = name.equals("amazon_sp_refresh_token") ? "Atzr|" : "";
        Map<String, String> values = valid();
        values.put(name, prefix + "s".repeat(limit - prefix.length()));
        CredentialRules.parse(values);

        values.put(name, prefix + "s".repeat(limit + 1 - prefix.length()));
        ApiException e = assertThrows(ApiException.class, () -> CredentialRules.parse(values));
        assertEquals("Incorrect parameter '" + name + "': at most " + limit + " characters (" + (limit + 1)
                + " given)", e.getMessage());
        assertEquals(limit, CredentialRules.maxLength(name));
    }

    @Test
    void theLongestSecretsFitTheirColumnsOnceSealed() {
        dev.spgateway.secrets.control.SecretKeyring keyring = new dev.spgateway.secrets.control.SecretKeyring(
                dev.spgateway.secrets.control.SecretKeyring.newKey(), java.util.List.of());
        dev.spgateway.secrets.control.SecretBinding row = new dev.spgateway.secrets.control.SecretBinding(
                "store_connection", "client_secret", java.util.UUID.randomUUID().toString());
        assertTrue(keyring.seal("s".repeat(CredentialRules.maxLength("amazon_sp_client_secret")), row).length()
                <= dev.spgateway.store.entity.StoredCredentials.CLIENT_SECRET_COLUMN);
        assertTrue(keyring.seal("s".repeat(CredentialRules.maxLength("amazon_sp_refresh_token")), row).length()
                <= dev.spgateway.store.entity.StoredCredentials.REFRESH_TOKEN_COLUMN);
        assertTrue(keyring.seal("s".repeat(CredentialRules.maxLength("amazon_sp_aws_user_secret")), row).length()
                <= dev.spgateway.store.entity.StoredCredentials.AWS_SECRET_COLUMN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "caf\u00e9", "tab\tinside", "del\u007f", "nul\u0000"})
    void secretsAreAsciiWithoutSpacesOrControlCharacters(String secret) {
        Map<String, String> values = valid();
        values.put("amazon_sp_client_secret", "amzn1.oa2-cs.v1." + secret);

        ApiException e = assertThrows(ApiException.class, () -> CredentialRules.parse(values));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertTrue(e.getMessage().startsWith("Incorrect parameter 'amazon_sp_client_secret': letters, digits and"
                + " ASCII punctuation only"), e.getMessage());
        assertFalse(e.getMessage().contains(secret));
    }

    @Test
    void aMalformedAwsValueIsNamedBeforeTheMissingRestOfTheTrio() {
        Map<String, String> values = valid();
        values.put("amazon_sp_aws_user_key_id", "x".repeat(5000));

        ApiException e = assertThrows(ApiException.class, () -> CredentialRules.parse(values));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertTrue(e.getMessage().contains("amazon_sp_aws_user_key_id"), e.getMessage());
    }

    @Test
    void anExpiryDateIsInTheNextTenYears() {
        java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");

        assertEquals(java.time.Instant.parse("2026-06-30T00:00:00Z"),
                CredentialRules.secretExpiresAt(java.util.Optional.of("2026-06-30"), now).orElseThrow());
        for (String date : new String[] {"+200000-01-01T00:00:00Z", "2040-01-01", "2025-12-31"}) {
            ApiException e = assertThrows(ApiException.class,
                    () -> CredentialRules.secretExpiresAt(java.util.Optional.of(date), now));
            assertTrue(e.getMessage().startsWith("Incorrect parameter 'amazon_sp_client_secret_expires_at': must be"),
                    e.getMessage());
        }
    }

    @Test
    void theApiLimitOfLabelsIsTheWidthOfTheirColumn() {
        assertEquals(dev.spgateway.store.entity.StoreLabel.MAX_LENGTH,
                dev.spgateway.api.control.ParameterRules.MAX_LABEL_LENGTH);
    }
}
