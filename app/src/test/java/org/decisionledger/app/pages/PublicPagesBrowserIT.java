package org.decisionledger.app.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.decisionledger.app.decision.DecisionJourneyAccess;
import org.decisionledger.app.support.Browser;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import tools.jackson.databind.JsonNode;

/**
 * The public pages in a real headless Chromium: what a member of the public, a councillor on a
 * scrutiny panel or a keyboard user meets when they open the register, follow its links, read a
 * decision's timeline and the scrutiny board, and do the same on a phone's narrow screen. Each
 * page is checked against the query API, and the browser's console must stay free of errors
 * (refused styles, policy violations, missing resources).
 */
class PublicPagesBrowserIT extends IntegrationTest {

    private static Browser browser;

    private DecisionJourneyAccess journey;
    private String council;
    private String today;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void council() {
        journey = new DecisionJourneyAccess(api);
        council = journey.council(3, 2);
        today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        driver().manage().window().setSize(new Dimension(1280, 900));
        browser.consoleErrors();
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and reloads it until the condition holds: the views follow the events by a moment. */
    private void openUntil(String path, By shown) {
        driver().get(url(path));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!driver().findElements(shown).isEmpty()) {
                return true;
            }
            driver().navigate().refresh();
            return false;
        });
    }

    private String published(String title) {
        String decision = journey.propose(council, title, false);
        assertThat(journey.approve(decision, today).status()).isEqualTo(200);
        assertThat(journey.publish(decision, today).status()).isEqualTo(200);
        return decision;
    }

    private By linkTo(String decision) {
        return By.cssSelector("a[href='/decisions/" + decision + "']");
    }

    @Test
    void aReaderFollowsTheRegisterToADecisionsTimelineAndBack() {
        String title = "Home to school transport policy <2027> & \"consultation\"";
        String decision = published(title);
        JsonNode timeline = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/decisions/" + decision + "/timeline").json(),
                json -> json.isArray() && json.size() >= 3);

        openUntil("/", linkTo(decision));
        assertThat(driver().getTitle()).isEqualTo("Register of decisions · Decision Ledger");
        WebElement link = driver().findElement(linkTo(decision));
        assertThat(link.getText()).as("the title as text, not markup").isEqualTo(title);
        link.click();

        assertThat(driver().getCurrentUrl()).isEqualTo(url("/decisions/" + decision));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
        List<WebElement> entries = driver().findElements(By.cssSelector("ol.timeline > li"));
        assertThat(entries).hasSize(timeline.size());
        for (int i = 0; i < timeline.size(); i++) {
            assertThat(entries.get(i).getText()).as("entry %d", i).contains(timeline.get(i).get("summary").asString());
        }
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Call-in window closes");

        driver().findElement(By.linkText("Register")).click();
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theScrutinyBoardLeadsToTheDecisionCalledInWithItsSignatories() {
        String open = published("Waste collection contract extension");
        String called = published("Closure of the Riverside day centre");
        assertThat(journey.callIn(called, today, List.of("Cllr A Smith", "Cllr B Jones")).status()).isEqualTo(201);

        driver().get(url("/"));
        driver().findElement(By.linkText("Scrutiny board")).click();
        openUntil("/scrutiny", linkTo(called));
        openUntil("/scrutiny", linkTo(open));

        WebElement closing = driver().findElement(By.xpath("//section[@aria-labelledby='closing-heading']"));
        assertThat(closing.findElements(linkTo(open))).hasSize(1);
        assertThat(closing.findElements(linkTo(called))).as("a decision called in has no window closing").isEmpty();
        WebElement calledIn = driver().findElement(linkTo(called)).findElement(By.xpath("./ancestor::li[1]"));
        assertThat(calledIn.getText()).contains("Cllr A Smith, Cllr B Jones");

        driver().findElement(linkTo(called)).click();
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Closure of the Riverside day centre");
        assertThat(driver().findElement(By.tagName("main")).getText()).containsIgnoringCase("called in");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theHouseStyleIsAppliedUnderTheContentSecurityPolicy() {
        driver().get(url("/"));

        Object background = driver().executeScript(
                "return getComputedStyle(document.querySelector('header.site')).borderBottomStyle");
        Object skipLeft = driver().executeScript(
                "return document.querySelector('a.skip').getBoundingClientRect().left");
        assertThat(background).as("the stylesheet's header rule").isEqualTo("solid");
        assertThat(((Number) skipLeft).doubleValue()).as("the skip link waits off screen").isNegative();
        assertThat(browser.consoleErrors()).as("nothing refused by the policy, nothing missing").isEmpty();
    }

    @Test
    void aKeyboardUserCanSkipStraightToTheContent() {
        driver().get(url("/"));

        driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to content");
        Object left = driver().executeScript("return arguments[0].getBoundingClientRect().left", focused);
        assertThat(((Number) left).doubleValue()).as("the skip link shows when focused").isNotNegative();

        focused.sendKeys(Keys.ENTER);
        assertThat(driver().getCurrentUrl()).endsWith("#main");
    }

    @Test
    void everyPageFitsANarrowScreenWithoutScrollingSideways() {
        String decision = published("Highways maintenance programme for the rural divisions of the county");
        JsonNode plans = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/action-plans?authority=staffordshire").json(), json -> json.size() == 1);
        openUntil("/", linkTo(decision));
        driver().manage().window().setSize(new Dimension(360, 740));

        for (String path : List.of("/", "/decisions/" + decision, "/scrutiny",
                "/action-plans/" + plans.get(0).get("id").asString())) {
            driver().get(url(path));
            Object overflow = driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).longValue()).as(path + ": pixels beyond the screen's width").isLessThanOrEqualTo(0);
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
