package dev.spgateway.sandbox;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** A hand-made STS Query API call, signed by the SDK's signer at a chosen time. */
final class StsSigning {

    private StsSigning() {
    }

    static HttpResponse<String> post(String baseUrl, String form, AwsCredentialsIdentity credentials, Clock clock) {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest request = SdkHttpRequest.builder().uri(URI.create(baseUrl + "/")).method(SdkHttpMethod.POST)
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").build();
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(credentials).request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, clock));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + "/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.request().forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                builder.header(name, values.get(0));
            }
        });
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
