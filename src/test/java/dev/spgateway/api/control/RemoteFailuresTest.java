package dev.spgateway.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.spgateway.platform.control.RemoteFailure;
import dev.spgateway.platform.control.RemoteFailure.Kind;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RemoteFailuresTest {

    private static final String SAID = "The service said no (E42): raw text of the service";
    private static final String RETRY = "; try again later";

    /** A remote failure as any access layer raises it: a kind, the service's text and a client's sentence. */
    private static final class Failure extends RemoteFailure {

        private static final long serialVersionUID = 1L;

        Failure(Kind kind) {
            super(kind, "raw text of the service");
        }

        @Override
        public String description() {
            return SAID;
        }
    }

    /** What the client sees for each kind; a kind missing here fails the test below. */
    private static final Map<Kind, Answer> ANSWERS = Map.of(
            Kind.THROTTLED, new Answer(110, SAID + RETRY),
            Kind.UNAVAILABLE, new Answer(100, SAID + RETRY),
            Kind.REFUSED, new Answer(100, SAID),
            Kind.CREDENTIALS_REJECTED, new Answer(100, SAID));

    private record Answer(int code, String message) {
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindHasItsCodeAndMessage(Kind kind) {
        ApiException answer = assertInstanceOf(ApiException.class, RemoteFailures.toApi(new Failure(kind)));

        assertEquals(ANSWERS.get(kind), new Answer(answer.returnCode().code(), answer.getMessage()), kind.name());
    }

    @Test
    void aDescriptionWithoutOverrideIsTheServicesText() {
        RemoteFailure plain = new RemoteFailure(Kind.UNAVAILABLE, "the service could not be reached") {
            private static final long serialVersionUID = 1L;
        };

        assertEquals("the service could not be reached; try again later", RemoteFailures.toApi(plain).getMessage());
    }

    @Test
    void aCallersOwnExplanationKeepsTheKindsCode() {
        ApiException throttled = RemoteFailures.toApi(new Failure(Kind.THROTTLED), "Slow down, please");
        ApiException rejected = RemoteFailures.toApi(new Failure(Kind.CREDENTIALS_REJECTED), "Rotate the secret");

        assertEquals(ReturnCode.TOO_MANY_REQUESTS_TO_STORE, throttled.returnCode());
        assertEquals("Slow down, please", throttled.getMessage());
        assertEquals(ReturnCode.STORE_API_ERROR, rejected.returnCode());
        assertEquals("Rotate the secret", rejected.getMessage());
    }

    @Test
    void anythingElseIsNotPassedOffAsTheServicesFailure() {
        RuntimeException bug = new NullPointerException("Cannot invoke \"String.length()\"");
        RuntimeException outage = new PersistenceException("Connection refused");
        RuntimeException expected = new ApiException(ReturnCode.STORE_ERROR, "not ready");

        assertSame(bug, RemoteFailures.toApi(bug));
        assertSame(outage, RemoteFailures.toApi(outage));
        assertSame(expected, RemoteFailures.toApi(expected));
    }
}
