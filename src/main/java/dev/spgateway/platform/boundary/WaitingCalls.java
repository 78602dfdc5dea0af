package dev.spgateway.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Where work that may wait on Amazon runs (a live credential check, a report being made or downloaded), so
 * that it never holds one of the server's few request threads: those stay free for the answers that are
 * ready at once. The threads here mostly wait on the network or on a report's deadline, so there are many of
 * them; every wait they do has its own deadline.
 */
@ApplicationScoped
public class WaitingCalls {

    @Resource(lookup = WaitingCallsExecutor.NAME)
    ManagedExecutorService executor;

    public <T> CompletionStage<T> submit(Supplier<T> work) {
        return executor.supplyAsync(work);
    }
}
