package org.forumplan.app.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by its own chromedriver, for the tests of the HTML report. Selenium is pointed at
 * both programs, so it never looks for (or downloads) a driver, and the browser is told not to reach the network on its
 * own (updates, sync, QUIC probes): what the page requests is all the page.
 *
 * <p>Missing programs fail the test with a message saying what to install; a skipped test would hide them.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Selenium warns on every start that it has no DevTools binding for this Chromium's version; the tests use none
     * (logs and screenshots go through the driver), so the warning is noise. Kept here so the setting is not collected.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private HeadlessChromium() {}

    /**
     * A browser whose console messages ({@link LogType#BROWSER}) and network events ({@link LogType#PERFORMANCE}) can be
     * read back.
     *
     * @param profile an empty folder for the browser's profile, so that no earlier run leaks into this one
     */
    static ChromeDriver start(Path profile, int width, int height) {
        for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException(program + " is missing: the HTML report is tested in a real browser."
                        + " Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver;"
                        + " .ci/run does it on CI).");
            }
        }
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        // Selenium Manager, which could download a driver or send usage statistics, never runs when the driver is
        // given; should it run all the same, Selenium hands it the SE_ properties as its environment.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
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

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        return new ChromeDriver(service, options);
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
