package dev.spgateway.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.spgateway.sandbox.control.CallLog;
import dev.spgateway.sandbox.control.CallRecord;
import dev.spgateway.sandbox.control.ControlEndpoint;
import dev.spgateway.sandbox.control.Fault;
import dev.spgateway.sandbox.control.Faults;
import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.sandbox.http.AbortConnection;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.http.Responses;
import dev.spgateway.sandbox.http.SandboxRequest;
import dev.spgateway.sandbox.lwa.LwaEndpoint;
import dev.spgateway.sandbox.lwa.LwaRegistry;
import dev.spgateway.sandbox.orders.OrderChanges;
import dev.spgateway.sandbox.orders.OrderLedger;
import dev.spgateway.sandbox.orders.OrdersApi;
import dev.spgateway.sandbox.orders.SearchOrdersApi;
import dev.spgateway.sandbox.reports.DocumentEndpoint;
import dev.spgateway.sandbox.reports.DocumentStore;
import dev.spgateway.sandbox.reports.ReportsApi;
import dev.spgateway.sandbox.sellercentral.SellerCentral;
import dev.spgateway.sandbox.sellers.SellerRegistry;
import dev.spgateway.sandbox.sellers.SellersApi;
import dev.spgateway.sandbox.sigv4.SigV4Verifier;
import dev.spgateway.sandbox.spapi.ApiError;
import dev.spgateway.sandbox.spapi.SpApiGate;
import dev.spgateway.sandbox.spapi.SpApiModels;
import dev.spgateway.sandbox.staticsandbox.StaticSandbox;
import dev.spgateway.sandbox.sts.IamRegistry;
import dev.spgateway.sandbox.sts.StsEndpoint;
import dev.spgateway.sandbox.time.MutableClock;
import dev.spgateway.sandbox.tokens.TokensApi;
import dev.spgateway.sandbox.usageplan.UsagePlans;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Login with Amazon, Seller Central's consent pages, AWS STS and the SP-API operations the
 * gateway uses, on one HTTP port. Start it with {@link #start()}, set it up through {@link #control()}, point
 * clients at {@link #baseUrl()} (or {@link #staticSandboxBaseUrl()} for Amazon's static sandbox behaviour).
 */
public final class SpApiSandbox implements AutoCloseable {

    public static final String LWA_PATH = "/auth/o2/token";

    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxControl control;
    private final Faults faults = new Faults();
    private final CallLog calls = new CallLog();
    private final LwaEndpoint lwaEndpoint;
    private final StsEndpoint stsEndpoint;
    private final SpApiGate gate;
    private final DocumentEndpoint documentEndpoint;
    private final StaticSandbox staticSandbox;
    private final ControlEndpoint controlEndpoint;
    private final SellerCentral sellerCentral;

    private SpApiSandbox(int port, Clock clock, Clock usagePlanClock) throws IOException {
        this.clock = clock;
        SpApiModels models = SpApiModels.load();
        LwaRegistry lwa = new LwaRegistry(clock);
        SellerRegistry sellers = new SellerRegistry(clock);
        IamRegistry iam = new IamRegistry(clock);
        SigV4Verifier verifier = new SigV4Verifier(clock);
        UsagePlans usagePlans = new UsagePlans(usagePlanClock, models.all());
        DocumentStore documents = new DocumentStore(clock);
        this.control = new SandboxControl(lwa, sellers, iam, usagePlans, faults, calls);
        this.lwaEndpoint = new LwaEndpoint(lwa);
        this.stsEndpoint = new StsEndpoint(iam, verifier);
        this.gate = new SpApiGate(clock, lwa, sellers, iam, verifier, usagePlans, faults, calls);
        OrderLedger ledger = new OrderLedger();
        new ReportsApi(clock, documents, this::baseUrl, ledger).registerWith(gate);
        new SellersApi().registerWith(gate);
        new OrdersApi(clock).registerWith(gate);
        new SearchOrdersApi(clock, lwa, ledger).registerWith(gate);
        control.orderChanges(new OrderChanges(clock, ledger));
        new TokensApi(lwa).registerWith(gate);
        this.documentEndpoint = new DocumentEndpoint(documents, faults, calls);
        this.staticSandbox = new StaticSandbox(clock, lwa, calls, models);
        this.controlEndpoint = new ControlEndpoint(control, clock);
        this.sellerCentral = new SellerCentral(lwa, sellers, this::baseUrl);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "spapi-sandbox-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /**
     * On a free port, with a {@link MutableClock} at the current time that stands still until moved, while
     * usage plans refill in real time as Amazon's do (and when the clock is moved): a gateway may poll as
     * often as Amazon allows however long a test runs.
     */
    public static SpApiSandbox start() {
        MutableClock clock = MutableClock.atSystemTime();
        return start(0, clock, clock.withRealTimeElapsing());
    }

    public static SpApiSandbox start(Clock clock) {
        return start(0, clock);
    }

    /** Everything on this clock, usage plans included; port 0 picks a free one. */
    public static SpApiSandbox start(int port, Clock clock) {
        return start(port, clock, clock);
    }

    private static SpApiSandbox start(int port, Clock clock, Clock usagePlanClock) {
        try {
            return new SpApiSandbox(port, clock, usagePlanClock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the SP-API sandbox on port " + port, e);
        }
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** LWA is at baseUrl + /auth/o2/token, STS at baseUrl, the SP-API operations under baseUrl. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public String lwaUrl() {
        return baseUrl() + LWA_PATH;
    }

    /** Where the models' static sandbox cases are answered, as sandbox.sellingpartnerapi-*.amazon.com does. */
    public String staticSandboxBaseUrl() {
        return baseUrl() + StaticSandbox.PREFIX;
    }

    public Clock clock() {
        return clock;
    }

    /** The clock when the sandbox was started with a {@link MutableClock}. */
    public MutableClock testClock() {
        if (clock instanceof MutableClock mutable) {
            return mutable;
        }
        throw new IllegalStateException("the sandbox runs on " + clock + ", not a MutableClock");
    }

    public SandboxControl control() {
        return control;
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        calls.begin();
        try {
            SandboxRequest request = SandboxRequest.read(exchange);
            String path = request.path();
            if (path.equals(LWA_PATH) && request.method().equals("POST")) {
                withFaults("lwaToken", request, exchange, true);
            } else if (path.equals("/") && request.method().equals("POST")) {
                withFaults("assumeRole", request, exchange, false);
            } else if (path.startsWith(ControlEndpoint.PREFIX)) {
                controlEndpoint.handle(request, exchange);
            } else if (path.startsWith(SellerCentral.PREFIX)) {
                sellerCentral.handle(request, exchange);
            } else if (path.startsWith(DocumentEndpoint.PREFIX)) {
                documentEndpoint.handle(request, exchange);
            } else if (path.equals(StaticSandbox.PREFIX) || path.startsWith(StaticSandbox.PREFIX + "/")) {
                staticSandbox.handle(request, exchange);
            } else if (!gate.handle(request, exchange)) {
                Responses.json(exchange, 404, ApiError.notFound("Resource not found").body(),
                        Map.of("x-amzn-RequestId", UUID.randomUUID().toString()));
            }
        } catch (AbortConnection e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            try {
                Responses.json(exchange, 500, ApiError.forStatus(500).body(), Map.of());
            } catch (IOException | RuntimeException ignored) {
                exchange.close();
            }
        } finally {
            calls.end();
        }
    }

    /** LWA and STS take scripted faults in their own error formats. */
    private void withFaults(String operation, SandboxRequest request, HttpExchange exchange, boolean lwa)
            throws IOException {
        faults.pass(operation);
        Fault fault = faults.next(operation).orElse(null);
        int status;
        if (fault != null && fault.kind() == Fault.Kind.DELAY) {
            try {
                Thread.sleep(fault.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            fault = null;
        }
        if (fault == null || fault.kind() == Fault.Kind.WRONG_CHARSET || fault.kind() == Fault.Kind.TRUNCATED_BODY) {
            status = lwa ? lwaEndpoint.handle(request, exchange) : stsEndpoint.handle(request, exchange);
        } else if (fault.kind() == Fault.Kind.CONNECTION_RESET) {
            exchange.close();
            status = 0;
        } else {
            status = fault.status();
            if (lwa) {
                Responses.json(exchange, status, Json.object().put("error_description", "Internal Server Error")
                        .put("error", "server_error"), Map.of());
            } else {
                String xml = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Receiver"
                        + "</Type><Code>" + (status == 503 ? "ServiceUnavailable" : "InternalFailure") + "</Code><Message>"
                        + "The request processing has failed because of an unknown error, exception or failure."
                        + "</Message></Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>";
                Responses.send(exchange, status, "text/xml", xml.getBytes(StandardCharsets.UTF_8), Map.of());
            }
        }
        calls.record(new CallRecord(operation, clock.instant(), request.method(), request.path(), null, null, status));
    }
}
