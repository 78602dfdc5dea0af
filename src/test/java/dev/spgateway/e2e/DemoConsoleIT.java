package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.sandbox.DemoLauncher;
import dev.spgateway.sandbox.DemoSignIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's run command as a newcomer meets it: the demo launcher with the arguments the run profile gives
 * it (on free ports, in a directory of its own), then the console in a browser, signed in as the demo operator
 * on the demo's own sign-in page, showing the demo store; then the second demo seller connected through the
 * sandbox's consent page from the demo integrator site, as the README shows.
 */
class DemoConsoleIT {

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void theDemoOperatorSignsInToTheConsole() throws Exception {
        Path workDir = SandboxedGateway.workDir("demo");
        Map<String, String> runProfileArguments = Map.of(
                "payara-micro", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "server", System.getProperty("spgateway.server", "payara"),
                "wildfly", System.getProperty("wildfly.home", "target/wildfly"),
                "war", System.getProperty("spgateway.war", "target/spgateway.war"),
                "server-config", System.getProperty("spgateway.server-config", "server-config"),
                "port", "0",
                "work-dir", workDir.toString(),
                "data-dir", "./" + workDir.resolve("data"));
        ChromeDriver browser = ConsoleBrowser.start(workDir.resolve("chromium-profile"));
        try (DemoLauncher.Demo demo = DemoLauncher.launch(runProfileArguments, false)) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.ignoring(StaleElementReferenceException.class);
            browser.get(demo.gateway().baseUrl() + "/admin/");

            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in")));
            assertTrue(browser.getCurrentUrl().startsWith(demo.signIn().issuer()), browser.getCurrentUrl());
            assertEquals(DemoSignIn.OPERATOR, browser.findElement(By.name("username")).getAttribute("value"));
            ConsoleBrowser.screenshot(browser, "demo-01-sign-in");
            browser.findElement(By.id("sign-in")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stores-table"),
                    DemoLauncher.DEMO_SELLER_ID));;
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), DemoSignIn.OPERATOR));
            ConsoleBrowser.screenshot(browser, "demo-02-console");

            // the README's second seller, connected through the browser as it describes
            browser.get(demo.site().connectUrl("us-east-1"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm")));
            new Select(browser.findElement(By.id("seller_id"))).selectByValue(DemoLauncher.SECOND_SELLER_ID);
            browser.findElement(By.id("confirm")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
            ConsoleBrowser.screenshot(browser, "demo-03-second-seller");
            assertEquals("connected", browser.findElement(By.id("status")).getText(), browser.getPageSource());
            assertEquals(DemoLauncher.SECOND_SELLER_ID, browser.findElement(By.id("seller-id")).getText());
        } finally {
            browser.quit();
        }
    }
}
