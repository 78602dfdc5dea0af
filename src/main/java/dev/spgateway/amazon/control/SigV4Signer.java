package dev.spgateway.amazon.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signs an SP-API request with AWS Signature Version 4 (service {@code execute-api}) using the SDK's own
 * signer, and returns the headers to add: Authorization, X-Amz-Date, X-Amz-Security-Token.
 */
final class SigV4Signer {

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private SigV4Signer() {
    }

    static Map<String, List<String>> sign(String method, URI uri, Map<String, String> headers, String body,
            AssumedRoles.RoleCredentials credentials, String awsRegion) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(method))
                .uri(uri);
        headers.forEach(request::putHeader);
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = SIGNER.sign(r -> r
                .identity(AwsSessionCredentialsIdentity.create(credentials.accessKeyId(),
                        credentials.secretAccessKey(), credentials.sessionToken()))
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                .putProperty(AwsV4HttpSigner.REGION_NAME, awsRegion));
        return signed.request().headers();
    }
}
