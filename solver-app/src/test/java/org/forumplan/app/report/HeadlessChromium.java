package org.forumplan.app.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium for the tests of the HTML report, found in this order:
 *
 * <ol>
 *   <li>Debian's {@code chromium} and {@code chromium-driver}, which CI installs: Selenium is pointed at both programs,
 *       so it never looks for (or downloads) anything;
 *   <li>otherwise Selenium Manager, which finds a Chrome already installed or, on a machine online, fetches Chrome for
 *       Testing and its driver: a newcomer's machine with only a JDK and Maven still runs the real-browser test;
 *   <li>otherwise the test is skipped with one line saying how to install a browser, so {@code mvn verify} passes with
 *       only a JDK and Maven. With {@value #REQUIRE_BROWSER} set (as {@code .ci/run} sets it), a missing browser
 *       fails instead: CI always runs the real-browser test.
 * </ol>
 *
 * The browser is told not to reach the network on its own (updates, sync, QUIC probes): what the page requests is all
 * the page.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The environment variable that turns a missing browser from a skip into a failure. */
    static final String REQUIRE_BROWSER = "FORUMPLAN_REQUIRE_BROWSER";

    private static final String HOW_TO_INSTALL = "install Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver) or Google Chrome";

    /**
     * Selenium warns on every start that it has no DevTools binding for this Chromium's version; the tests use none
     * (logs and screenshots go through the driver), so the warning is noise. Kept here so the setting is not collected.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private HeadlessChromium() {}

    /**
     * A browser whose console messages ({@link LogType#BROWSER}) and network events ({@link LogType#PERFORMANCE}) can be
     * read back; aborts the calling test (a skip) when no browser can be had and {@value #REQUIRE_BROWSER} is not set.
     *
     * @param profile an empty folder for the browser's profile, so that no earlier run leaks into this one
     */
    static ChromeDriver start(Path profile, int width, int height) {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        // Selenium Manager hands the SE_ properties to its process as its environment: no usage statistics.
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = options(profile, width, height);
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            options.setBinary(CHROMIUM.toString());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .withSilent(true)
                    .build();
            return new ChromeDriver(service, options);
        }
        try {
            return new ChromeDriver(options);
        } catch (WebDriverException noBrowser) {
            String reason = "no browser for the HTML report's real-browser test: " + CHROMIUM + " is missing and"
                    + " Selenium Manager found none (" + firstLine(noBrowser) + "); " + HOW_TO_INSTALL;
            if (System.getenv(REQUIRE_BROWSER) != null) {
                throw new IllegalStateException(reason + ". " + REQUIRE_BROWSER + " is set, so this fails.", noBrowser);
            }
            // Surefire counts a class aborted before its tests as no test run, so the line is printed as well.
            System.out.println("HtmlReportBrowserTest skipped: " + reason + ".");
            Assumptions.abort(reason);
            throw noBrowser; // not reached: abort always throws
        }
    }

    private static ChromeOptions options(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        return options;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** A fresh, empty profile folder under the given parent. */
    static Path newProfile(Path parent) {
        try {
            return Files.createTempDirectory(parent, "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
