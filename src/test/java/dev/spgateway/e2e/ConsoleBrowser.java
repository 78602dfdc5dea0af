package dev.spgateway.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver; never a browser or driver that Selenium would
 * download. Without them (outside CI) the browser tests are skipped with the reason; in CI that fails.
 */
final class ConsoleBrowser {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ConsoleBrowser() {
    }

    static ChromeDriver start(Path profile) throws IOException {
        Path driver = Path.of(System.getProperty("spgateway.test.chromedriver", "/usr/bin/chromedriver"));
        Path chromium = Path.of(System.getProperty("spgateway.test.chromium", "/usr/bin/chromium"));
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isExecutable(driver) && Files.isExecutable(chromium),
                    "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        Files.createDirectories(profile);
        Files.createDirectories(SCREENSHOTS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
