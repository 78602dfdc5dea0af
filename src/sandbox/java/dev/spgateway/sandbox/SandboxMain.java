package dev.spgateway.sandbox;

import dev.spgateway.sandbox.time.MutableClock;

import java.util.concurrent.CountDownLatch;

/**
 * The sandbox as a program: {@code SandboxMain [port]} (default 8090). Set it up through the /_sandbox/
 * HTTP endpoints; its clock starts at the current time and moves with POST /_sandbox/clock.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8090;
        SpApiSandbox sandbox = SpApiSandbox.start(port, MutableClock.ticking());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }));
        System.out.println("SP-API sandbox on " + sandbox.baseUrl() + " (static sandbox: "
                + sandbox.staticSandboxBaseUrl() + ", control: " + sandbox.baseUrl() + "/_sandbox/)");
        stopped.await();
    }
}
