package nl.tweedekamer.meldpunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: both paths are given, so Selenium Manager never
 * downloads a driver or a browser. Each browser has a fresh profile. With {@code javascript} false the pages run
 * without JavaScript, as some people (and some organisations' browsers) have it; the checks that need a script in the
 * page (axe-core, the layout measurements) then stay with the browser that has it.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("meldpunt.e2e.screenshots", "target/portaal-screenshots"));
    private static final String CHROMIUM = System.getProperty("meldpunt.e2e.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("meldpunt.e2e.chromedriver", "/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** axe-core as the portal's npm build installed it. */
    static final Path AXE = Path.of(System.getProperty("meldpunt.repository.root", "..")).toAbsolutePath().normalize()
            .resolve("portaal/node_modules/axe-core/axe.min.js");

    final ChromeDriver driver;
    private final Path profile;
    private final boolean javascript;
    private final String base;
    private final String axeSource;
    private int screenshots;

    Browser(String base, boolean javascript, Path axeScript) throws IOException {
        this.base = base;
        this.javascript = javascript;
        this.axeSource = Files.readString(axeScript);
        profile = Files.createTempDirectory("meldpunt-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1400", "--lang=nl");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", "nl");
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Activates a link or button from the keyboard (ENTER), as works with and without JavaScript, and waits until the
     * next page has loaded.
     */
    void press(String css) {
        WebElement page = find("html");
        find(css).sendKeys(Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // the old page is gone once its root answers no more: stale, or (Chromium 156) "does not belong to the document"
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits (at most 20 seconds) until the element {@code css} holds a text that contains {@code text}. */
    void waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> find(css).getText().contains(text));
    }

    /** Chooses a file in the file input {@code css}: a text file of this name and content, made for the purpose. */
    void chooseFile(String css, String name, String content) throws IOException {
        Path file = Files.createDirectories(profile.resolveSibling(profile.getFileName() + "-files")).resolve(name);
        Files.writeString(file, content);
        find(css).sendKeys(file.toAbsolutePath().toString());
    }

    String title() {
        return driver.getTitle();
    }

    String h1() {
        return find("h1").getText().strip();
    }

    /** The checks every page passes; {@code name} names its screenshot. Returns the page's h1. */
    String checkPage(String name) throws IOException {
        List<WebElement> h1s = all("h1");
        assertThat(h1s).as(name + ": one h1").hasSize(1);
        String h1 = h1s.get(0).getText().strip();
        String title = title();
        assertThat(title.startsWith(h1) || title.startsWith("Fout: " + h1) || title.startsWith("Error: " + h1))
                .as(name + ": the title '" + title + "' begins with the h1 '" + h1 + "'").isTrue();
        assertThat(all("a[href='/privacy']")).as(name + ": links the privacy statement").isNotEmpty();
        assertThat(all("a[href='/toegankelijkheid']")).as(name + ": links the accessibility statement").isNotEmpty();
        assertThat(driver.getCurrentUrl()).as(name + ": no receipt code in the URL").doesNotContainPattern(
                "[A-Z2-7]{12}-[A-Z2-7]{32}");
        if (javascript) {
            assertNoAxeViolations(name);
            assertNoHorizontalScrollAt320(name);
            assertTabReachesEveryControl(name);
        }
        screenshot(name);
        return h1;
    }

    /** axe-core (from npm, as the portal's build installs it) on the page as it is: WCAG 2.1 A and AA. */
    @SuppressWarnings("unchecked")
    void assertNoAxeViolations(String name) {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' @ '"
                + " + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });", WCAG_21_AA);
        List<String> violations = (List<String>) result;
        AXE_RESULTS.add(name + ": " + violations.size() + " violations");
        assertThat(violations).as(name + ": axe-core violations (WCAG 2.1 AA)").isEmpty();
    }

    static final List<String> AXE_RESULTS = new ArrayList<>();

    /** WCAG 1.4.10: at 320 CSS px wide nothing scrolls sideways, also with the text spacing of 1.4.12. */
    void assertNoHorizontalScrollAt320(String name) {
        Map<String, Object> metrics = new HashMap<>();
        metrics.put("width", 320);
        metrics.put("height", 800);
        metrics.put("deviceScaleFactor", 1);
        metrics.put("mobile", false);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
        try {
            assertThat(overflow()).as(name + ": sideways scroll at 320 px (px too wide): " + widest())
                    .isLessThanOrEqualTo(0L);
            // 1.4.12: line height 1.5, paragraphs 2x, letters 0.12 em, words 0.16 em (set through the CSSOM, which
            // the Content-Security-Policy allows)
            driver.executeScript("document.querySelectorAll('*').forEach(function (e) {"
                    + " e.style.setProperty('line-height', '1.5', 'important');"
                    + " e.style.setProperty('letter-spacing', '0.12em', 'important');"
                    + " e.style.setProperty('word-spacing', '0.16em', 'important'); });"
                    + "document.querySelectorAll('p').forEach(function (p) {"
                    + " p.style.setProperty('margin-block-end', '2em', 'important'); });");
            assertThat(overflow()).as(name + ": sideways scroll at 320 px with text spacing").isLessThanOrEqualTo(0L);
        } finally {
            driver.executeScript("document.querySelectorAll('[style]').forEach(function (e) {"
                    + " e.removeAttribute('style'); });");
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The elements that reach past the viewport's right edge, outermost first: where a sideways scroll comes from. */
    private Object widest() {
        return driver.executeScript("var w = document.documentElement.clientWidth, out = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 0.5 && out.length < 6) {"
                + "   out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' right=' + r.right); } });"
                + " return out.join('; ');");
    }

    private long overflow() {
        return ((Number) driver.executeScript("var d = document.documentElement;"
                + " return Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;")).longValue();
    }

    /**
     * Pressing TAB from the top reaches every link, button and field (of a group of radio buttons, the group), each
     * with a visible focus indicator.
     */
    @SuppressWarnings("unchecked")
    void assertTabReachesEveryControl(String name) {
        List<String> expected = (List<String>) driver.executeScript(
                "var seen = {}; var out = [];"
                        + "document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')"
                        + ".forEach(function (e, i) { e.setAttribute('data-tab', i);"
                        + " if (e.type === 'radio') { if (seen[e.name]) return; seen[e.name] = true; out.push('radio:' + e.name); }"
                        + " else out.push('' + i); });"
                        + "return out;");
        driver.executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
        List<String> reached = new ArrayList<>();
        List<String> invisible = new ArrayList<>();
        Actions keys = new Actions(driver);
        for (int i = 0; i < expected.size() + 5; i++) {
            keys.sendKeys(Keys.TAB).perform();
            List<Object> focus = (List<Object>) driver.executeScript("var e = document.activeElement;"
                    + " if (!e || e === document.body) return null;"
                    + " var s = getComputedStyle(e);"
                    + " var visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"
                    + " var id = e.type === 'radio' ? 'radio:' + e.name : e.getAttribute('data-tab');"
                    + " return [id, visible, e.outerHTML.substring(0, 80)];");
            if (focus == null) {
                continue;
            }
            String id = String.valueOf(focus.get(0));
            if (!reached.contains(id)) {
                reached.add(id);
                if (!Boolean.TRUE.equals(focus.get(1))) {
                    invisible.add(String.valueOf(focus.get(2)));
                }
            }
        }
        assertThat(reached).as(name + ": TAB reaches every control").containsAll(expected);
        assertThat(invisible).as(name + ": controls without a visible focus indicator").isEmpty();
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(String.format("%02d-%s%s.png", ++screenshots, name,
                javascript ? "" : "-zonder-js")), png);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
