package dev.spgateway.platform.boundary;

import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;

/**
 * The executor {@link WaitingCalls} hands its work to. The definition sits on an EJB because WildFly binds
 * the resource definitions of components only; it allows as many concurrent waiting calls as a server would
 * otherwise need request threads for its slow callers.
 */
@Singleton
@ManagedExecutorDefinition(name = WaitingCallsExecutor.NAME, maxAsync = WaitingCallsExecutor.MAX_CONCURRENT)
public class WaitingCallsExecutor {

    public static final String NAME = "java:app/concurrent/spgateway-waiting-calls";
    static final int MAX_CONCURRENT = 256;
}
