package org.forumplan.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forumplan.app.cli.CommandRun.forumplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.forumplan.app.cli.CommandRun;
import org.forumplan.app.cli.ExitCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report of IGF 2014 (after a short solve) opened from disk in headless Chromium, as a MAG member would open an
 * e-mail attachment: every scheduled session is in the timetable, the filters work, the script logs no error, and the
 * browser requests nothing but the file itself. The page's screenshot is the README's ({@code docs/}).
 */
class HtmlReportBrowserTest {

    /** Copied to {@code docs/report-igf-2014.png} for the README when the page changes. */
    static final Path SCREENSHOT = Path.of("target", "report-igf-2014.png");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What would make a browser fetch something: a link or source on another host, a style sheet import. */
    private static final Pattern REMOTE_REFERENCE = Pattern.compile(
            "(?i)((src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?\\s*(https?:)?//|@import|https?://)\\S{0,40}");

    @TempDir
    static Path folder;

    private static SolvedFile solved;
    private static Path page;
    private static ChromeDriver browser;

    @BeforeAll
    static void writeTheReportAndOpenItInTheBrowser() throws IOException {
        // The browser first: where none can be had, the test is skipped before the solve it would not use.
        browser = HeadlessChromium.start(HeadlessChromium.newProfile(folder), 1600, 1250);
        Path schedule = SolvedForums.igf2014();
        solved = SolvedFile.read(schedule);
        page = folder.resolve("igf-2014-istanbul.html");
        CommandRun report = forumplan("report", schedule.toString(), "-o", page.toString());
        assertThat(report.exitCode()).as(report.toString()).isEqualTo(ExitCode.OK);

        browser.get(page.toUri().toString());
        Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    }

    /** A timetable card as the page shows it: its element id, its topic ids and whether it can be seen. */
    private record Card(String id, String topics, boolean visible) {}

    /** Every card of the timetable in one call to the browser, not three calls a card. */
    private static List<Card> cards() {
        @SuppressWarnings("unchecked")
        List<List<Object>> cards = (List<List<Object>>) browser.executeScript(
                "return Array.from(document.querySelectorAll('table.grid .card')).map(card => [card.id,"
                        + " card.getAttribute('data-topics'), card.checkVisibility({visibilityProperty: true})]);");
        return cards.stream()
                .map(card -> new Card((String) card.get(0), (String) card.get(1), (Boolean) card.get(2)))
                .toList();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Each test starts from the page as it opens, with only this opening in the browser's logs. */
    @BeforeEach
    void reload() {
        browser.manage().logs().get(LogType.BROWSER);
        browser.manage().logs().get(LogType.PERFORMANCE);
        browser.get(page.toUri().toString());
    }

    @Test
    void everyScheduledSessionHasAVisibleCardInTheTimetable() {
        List<Card> cards = cards();

        assertThat(cards)
                .extracting(Card::id)
                .containsExactlyInAnyOrderElementsOf(solved.placements().keySet().stream()
                        .map(id -> "s-" + id)
                        .toList());
        assertThat(cards)
                .allSatisfy(card -> assertThat(card.visible()).as(card.id()).isTrue());
        assertThat(browser.findElement(By.id("s-MS-OPENING")).isDisplayed()).isTrue();
    }

    @Test
    void aCardShowsIdTitleKindTopicsAndMarksPinnedAndExclusiveSessions() {
        WebElement opening = browser.findElement(By.id("s-MS-OPENING"));

        assertThat(opening.findElement(By.className("title")).getText())
                .isEqualTo(solved.titles().get("MS-OPENING"));
        assertThat(opening.findElement(By.className("kind")).getText()).startsWith("main session");
        assertThat(opening.findElements(By.cssSelector(".badge")))
                .extracting(WebElement::getText)
                .containsExactly("PINNED", "EXCLUSIVE");
        WebElement workshop = browser.findElement(By.cssSelector("table.grid .card.k-workshop"));
        assertThat(workshop.findElements(By.cssSelector(".chip"))).isNotEmpty();
    }

    @Test
    void aTopicFilterHidesTheSessionsOfOtherTopics() {
        new Select(browser.findElement(By.id("f-topic"))).selectByValue("cir");
        browser.findElement(By.cssSelector("input[name='f-mode'][value='hide']"))
                .click();

        List<Card> cards = cards();
        List<Card> shown = cards.stream().filter(Card::visible).toList();
        assertThat(shown).isNotEmpty().hasSizeLessThan(cards.size());
        assertThat(cards)
                .allSatisfy(card -> assertThat(card.visible())
                        .as("%s shown", card.id())
                        .isEqualTo(card.topics().contains("|cir|")));
        // Selenium's own idea of visibility agrees, on one card of each side.
        assertThat(browser.findElement(By.id(shown.get(0).id())).isDisplayed()).isTrue();
        Card hidden = cards.stream().filter(card -> !card.visible()).findFirst().orElseThrow();
        assertThat(browser.findElement(By.id(hidden.id())).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("f-count")).getText())
                .isEqualTo("%d of %d sessions match"
                        .formatted(shown.size(), solved.titles().size()));

        browser.findElement(By.id("f-clear")).click();
        assertThat(cards()).allSatisfy(card -> assertThat(card.visible()).isTrue());
    }

    @Test
    void theSearchBoxHighlightsTheMatchingSessions() {
        browser.findElement(By.id("f-search")).sendKeys("ms-opening");

        assertThat(browser.findElements(By.cssSelector(".session.match")))
                .extracting(element -> element.getAttribute("id"))
                .containsExactly("s-MS-OPENING");
        assertThat(cards()).allSatisfy(card -> assertThat(card.visible()).isTrue());
    }

    @Test
    void noScriptErrorIsLoggedWhileLoadingAndFiltering() {
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("workshop");
        browser.findElement(By.id("f-person")).sendKeys("a");
        browser.findElement(By.cssSelector("input[name='f-mode'][value='hide']"))
                .click();
        browser.findElement(By.id("f-clear")).click();
        browser.executeScript("window.dispatchEvent(new Event('beforeprint'));");

        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertThat(problems).isEmpty();
    }

    @Test
    void theBrowserRequestsNothingButTheFileItself() throws IOException {
        List<String> requested = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                requested.add(message.path("params").path("request").path("url").asText());
            }
        }

        assertThat(requested).isNotEmpty().allSatisfy(url -> assertThat(url).matches("^(file|data):.*"));
        assertThat(REMOTE_REFERENCE.matcher(Files.readString(page)).results().map(MatchResult::group))
                .as("references to other places in the page")
                .isEmpty();
    }

    @Test
    void conflictLinksLeadToSessionsOnThePage() {
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#conflicts a')).map(link => link.getAttribute('href'));");

        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith("#s-"));
        assertThat(links.stream().map(link -> link.substring(1)).distinct())
                .allSatisfy(id -> assertThat(
                                browser.executeScript("return document.getElementById(arguments[0]) !== null;", id))
                        .as("an element %s", id)
                        .isEqualTo(true));
    }

    /**
     * For print, each day starts a page of its own, the filters are left out and every conflict is unfolded. Checked
     * with the print style sheet applied (Chromium's print emulation), which is what printing lays out.
     */
    @Test
    void printingPutsEachDayOnAPageOfItsOwnWithoutTheFilters() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.executeScript("window.dispatchEvent(new Event('beforeprint'));");
        try {
            @SuppressWarnings("unchecked")
            List<String> breaks = (List<String>)
                    browser.executeScript(
                            "return Array.from(document.querySelectorAll('section.day')).map(day => getComputedStyle(day).breakBefore);");
            assertThat(breaks).hasSize(5).containsOnly("page");
            assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
            assertThat(browser.findElements(By.cssSelector("details:not([open])")))
                    .isEmpty();
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theScreenshotIsWritten() throws IOException {
        assertThat(SCREENSHOT).isRegularFile();
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(20_000);
    }
}
