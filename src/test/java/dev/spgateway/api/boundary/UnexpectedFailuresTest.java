package dev.spgateway.api.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.amazon.control.SpApiFailure;
import dev.spgateway.amazon.control.SpApiUnavailable;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.ReturnCode;
import jakarta.ejb.EJBException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A remote service's failure that reaches the API boundary unanswered is answered by its kind there. */
class UnexpectedFailuresTest {

    private final UnexpectedFailures failures = new UnexpectedFailures();

    @Test
    void anUnavailableServiceIs100WithARetryHintEvenWhenAContainerWrappedIt() {
        Envelope answer = failures.report(new CompletionException(new EJBException(
                new SpApiUnavailable("Amazon's Reports API did not answer"))));

        assertEquals(ReturnCode.STORE_API_ERROR, answer.returnCode());
        assertEquals("Amazon's Reports API did not answer; try again later", answer.returnMessage());
    }

    @Test
    void throttlingBeyondTheRetriesIs110() {
        Envelope answer = failures.report(new SpApiFailure(429, "QuotaExceeded", "You exceeded your quota"));

        assertEquals(ReturnCode.TOO_MANY_REQUESTS_TO_STORE, answer.returnCode());
    }
}
