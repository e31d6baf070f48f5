package nl.tweedekamer.meldpunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The named melding track in real browsers, two people at once, each signed in at Keycloak: the demo staff member
 * makes a melding to the demo vertrouwenspersoon, who finds it in their inbox and asks a question; the melder reads it,
 * consents to the hand-over to the complaint track and answers; the vertrouwenspersoon records an intervention, hands
 * the melding over and closes it with a written confirmation, which the melder reads, with who read their melding.
 * Every page passes the portal's checks (axe-core WCAG 2.1 AA, one h1 that begins the title, TAB reaches every
 * control, no sideways scroll at 320 px). The melder's pages also work without JavaScript.
 */
@Tag("postgres")
class PortaalMeldingBrowserIT {

    private static final System.Logger LOG = System.getLogger("e2e");
    private static PlatformStack stack;
    private static String portaal;
    private static Path axe;

    @BeforeAll
    static void startPlatformWithKeycloakAndPortal() throws IOException {
        stack = PlatformStack.get();
        PortaalDemo.registerOrganisation(stack);
        // the portal offers the organisations melding-service's directory lists: those with a declaration in force
        PortaalDemo.declareOrganisation(stack);
        PortaalDemo.appointVertrouwenspersoon(stack);
        portaal = stack.portaal().baseUri();
        axe = Browser.AXE;
    }

    @AfterAll
    static void report() {
        Browser.AXE_RESULTS.forEach(line -> LOG.log(System.Logger.Level.INFO, "axe-core {0}", line));
    }

    @Test
    void aMelderAndTheirVertrouwenspersoonGoThroughTheWholeMeldingInTheBrowser() throws IOException {
        long begin = System.nanoTime();
        try (Browser melder = new Browser(portaal, true, axe); Browser vp = new Browser(portaal, true, axe)) {
            PortaalDemo.signIn(melder, stack, portaal, PortaalDemo.MEDEWERKER);
            melder.press("main a[href='/mijn/meldingen']");
            melder.press("main a[href='/mijn/meldingen/nieuw']");
            assertThat(melder.checkPage("melding-nieuw")).isEqualTo("Melding doen bij een vertrouwenspersoon");
            String text = "Mijn leidinggevende maakt in elk overleg grappen over mijn afkomst.";
            fillIn(melder, text);
            new Select(melder.find("#afdeling")).selectByValue(PlatformStack.PORTAAL_TENANT + "/" + PortaalDemo.AFDELING);
            melder.find("#email").sendKeys("mila@thuis.example");
            melder.chooseFile("#bijlage", "grappen-in-overleg.txt", "3 december: de grap over mijn afkomst.");
            melder.press("main form button[type=submit]");
            assertThat(melder.checkPage("melding-verstuurd")).startsWith("Melding M-");
            String reference = melder.h1().substring("Melding ".length());
            String page = melder.driver.getCurrentUrl().replaceFirst("\\?.*$", "").substring(portaal.length());
            assertThat(melder.find("main [role=status]").getText()).contains("Uw melding is verstuurd.");
            assertThat(melder.find("main").getText()).contains(text, PortaalDemo.VERTROUWENSPERSOON_NAAM,
                    "Discriminatie");

            PortaalDemo.signIn(vp, stack, portaal, PortaalDemo.VERTROUWENSPERSOON);
            assertThat(vp.checkPage("vp-mijn")).isEqualTo("Mijn overzicht");
            vp.press("main a[href='/vertrouwenspersoon/meldingen']");
            assertThat(vp.checkPage("vp-inbox")).isEqualTo("Meldingen aan mij");
            assertThat(section(vp, "nieuw")).contains(reference);
            vp.press("main a[href='" + page + "']");
            assertThat(vp.checkPage("vp-melding")).isEqualTo("Melding " + reference);
            assertThat(vp.find("main").getText()).contains(text, "mila@thuis.example", "Melding afsluiten",
                    "Afdeling: " + PortaalDemo.AFDELING_NAAM, "grappen-in-overleg.txt (1 kB)", "van de melder");
            vp.find("#bericht").sendKeys("Dank voor uw melding. Wilt u dat ik hem doorgeef aan de klachtencommissie?");
            vp.press("form[action$='/berichten'] button");
            assertThat(vp.find("main [role=status]").getText()).contains("Uw bericht is verstuurd.");
            vp.open("/vertrouwenspersoon/meldingen");
            assertThat(section(vp, "wacht-op-melder")).contains(reference);

            melder.open("/mijn/meldingen");
            assertThat(melder.find("main").getText()).contains(reference + ", ", "er is een antwoord voor u");
            melder.press("main a[href='" + page + "']");
            assertThat(melder.find("main").getText()).contains("Wilt u dat ik hem doorgeef aan de klachtencommissie?");
            melder.press("form:has(input[value='OVERDRACHT_KLACHT']) button");
            assertThat(melder.checkPage("melding-toestemming")).isEqualTo("Melding " + reference);
            assertThat(melder.find("main [role=status]").getText()).contains("Uw toestemming is vastgelegd.");
            assertThat(melder.find("#toestemming-OVERDRACHT_KLACHT").getText()).isEqualTo("Toegestaan.");
            melder.find("#bericht").sendKeys("Ja, graag.");
            melder.press("form[action$='/berichten'] button");

            vp.open(page);
            assertThat(vp.find("main").getText()).contains("Ja, graag.");
            vp.find("#interventie-GEHOORD").sendKeys(Keys.SPACE);
            vp.find("#uren").sendKeys("1,5");
            vp.press("form[action$='/interventies'] button");
            assertThat(vp.find("main [role=status]").getText()).contains("De interventie is vastgelegd.");
            assertThat(vp.find("main").getText()).contains("Totaal: 1,5 uur.");
            vp.press("form[action$='/overdracht'] button");
            assertThat(vp.find("main [role=status]").getText()).contains("overgedragen aan de klachtencommissie");
            // a closure without its confirmation: the error names the field
            vp.find("#uitkomst-KLACHT_INGEDIEND").sendKeys(Keys.SPACE);
            vp.press("form[action$='/sluiting'] button");
            assertThat(vp.title()).startsWith("Fout: Melding " + reference);
            vp.checkPage("vp-melding-fout");
            assertThat(vp.find("#bevestiging").getAttribute("aria-invalid")).isEqualTo("true");
            vp.find("#bevestiging").sendKeys("Uw melding is doorgegeven aan de klachtencommissie. Ik sluit haar af.");
            vp.press("form[action$='/sluiting'] button");
            assertThat(vp.checkPage("vp-melding-gesloten")).isEqualTo("Melding " + reference);
            assertThat(vp.find("main [role=status]").getText()).contains("De melding is afgesloten.");
            vp.open("/vertrouwenspersoon/meldingen");
            assertThat(section(vp, "gesloten")).contains(reference);
            // the figures of the annual report the VP writes (art 4.4), and the pattern signals, in words
            vp.open("/vertrouwenspersoon/jaarverslag");
            assertThat(vp.checkPage("vp-jaarverslag")).startsWith("Jaarverslag ");
            assertThat(vp.find("main").getText()).contains("gedeelde pool", "Aantal meldingen:");
            vp.open("/vertrouwenspersoon/patroonsignalen");
            assertThat(vp.checkPage("vp-patroonsignalen")).isEqualTo("Patroonsignalen");
            // a melding the VP took by phone: written down, addressed to them, the code for the melder shown once
            vp.open("/vertrouwenspersoon/meldingen");
            vp.press("main a[href='/vertrouwenspersoon/meldingen/telefonisch']");
            assertThat(vp.checkPage("vp-telefonisch")).isEqualTo("Telefonische melding vastleggen");
            new Select(vp.find("#organisatie")).selectByValue(PlatformStack.PORTAAL_TENANT);
            vp.find("#soort-ADVIESVRAAG").sendKeys(Keys.SPACE);
            vp.find("#beschrijving").sendKeys("Belde met een vraag over een conflict in het team.");
            vp.press("main form button[type=submit]");
            assertThat(vp.checkPage("vp-telefonisch-vastgelegd")).isEqualTo("De melding is vastgelegd");
            assertThat(vp.find("#ontvangstcode").getText().strip()).matches("[A-Z2-7]{12}-[A-Z2-7]{32}");

            // (the day the file is destroyed follows from termijn-service's T6, which waits for the complaint the
            // hand-over opened when the melder is on the roster: MeldingPaginasTests shows it on a closed melding)
            melder.open(page);
            assertThat(melder.checkPage("melding-gesloten")).isEqualTo("Melding " + reference);
            assertThat(melder.find("main").getText()).contains("Deze melding is afgesloten op",
                    "Bevestiging van de afsluiting", "Ik sluit haar af.",
                    "Uw melding is doorgegeven aan de klachtencommissie: u kunt nu een klacht indienen.");
            assertThat(melder.all("main form")).as("nothing more to send").isEmpty();
            melder.press("main a[href='" + page + "/inzage']");
            assertThat(melder.checkPage("melding-inzage")).isEqualTo("Wie las of deed iets");
            assertThat(melder.find("main").getText()).contains("De vertrouwenspersoon las de melding.",
                    "De vertrouwenspersoon sloot de melding af.");
        }
        LOG.log(System.Logger.Level.INFO, "e2e: the named melding track of two people in the browser took {0} ms",
                (System.nanoTime() - begin) / 1_000_000);
    }

    /** An expired session is a new sign-in: what was typed before is back, saved by the page's script as a draft. */
    @Test
    void whatAMelderTypedIsThereAgainAfterSigningInAnew() throws IOException {
        String text = "Sinds de reorganisatie word ik niet meer uitgenodigd voor het overleg.";
        try (Browser before = new Browser(portaal, true, axe)) {
            PortaalDemo.signIn(before, stack, portaal, PortaalDemo.MEDEWERKER);
            before.open("/mijn/meldingen/nieuw");
            before.find("#beschrijving").sendKeys(text);
            before.waitForText("[data-concept-bewaard]", "Automatisch bewaard om");
        }
        try (Browser after = new Browser(portaal, true, axe)) {
            PortaalDemo.signIn(after, stack, portaal, PortaalDemo.MEDEWERKER);
            after.open("/mijn/meldingen/nieuw");
            assertThat(after.checkPage("melding-nieuw-concept")).isEqualTo("Melding doen bij een vertrouwenspersoon");
            assertThat(after.find("main [role=status]").getText()).contains("U schreef hier eerder aan.");
            assertThat(after.find("#beschrijving").getAttribute("value")).isEqualTo(text);
            // thrown away, the form is empty again (and the next test starts clean)
            after.press("main form button[value='weggooien']");
            assertThat(after.find("#beschrijving").getAttribute("value")).isEmpty();
            assertThat(after.all("main form button[value='weggooien']")).isEmpty();
        }
    }

    /** The page the email to an organisation's HR contact links to: its pattern signals, for its employer. */
    @Test
    void theEmployerOpensTheOrganisationsPatternSignalsFromTheMailLink() throws IOException {
        try (Browser werkgever = new Browser(portaal, true, axe)) {
            PortaalDemo.signIn(werkgever, stack, portaal, "werkgever");
            werkgever.open("/organisaties/" + PlatformStack.PORTAAL_TENANT + "/patroonsignalen");
            assertThat(werkgever.checkPage("organisatie-signalen"))
                    .isEqualTo("Patroonsignalen voor " + PlatformStack.PORTAAL_ORGANISATIE);
            assertThat(werkgever.find("main").getText()).contains("Het signaal noemt geen namen en geen meldingen");
        }
    }

    @Test
    void theMelderPagesWorkWithoutJavaScript() throws IOException {
        try (Browser melder = new Browser(portaal, false, axe)) {
            PortaalDemo.signIn(melder, stack, portaal, PortaalDemo.MEDEWERKER);
            melder.open("/mijn/meldingen/nieuw");
            melder.checkPage("melding-nieuw");
            melder.press("main form button[type=submit]");
            assertThat(melder.title()).startsWith("Fout: Melding doen bij een vertrouwenspersoon");
            fillIn(melder, "Ik word buitengesloten bij de lunch.");
            melder.press("main form button[type=submit]");
            assertThat(melder.checkPage("melding-verstuurd")).startsWith("Melding M-");
            melder.chooseFile("form[action$='/bijlagen'] #bijlage", "later.txt", "Wat ik later nog weet.");
            melder.press("form[action$='/bijlagen'] button");
            assertThat(melder.checkPage("melding-bijlage")).startsWith("Melding M-");
            assertThat(melder.find("main").getText()).contains("De bijlage is toegevoegd.", "later.txt (1 kB)", "van u");
            melder.press("form:has(input[value='BEMIDDELING']) button");
            assertThat(melder.find("#toestemming-BEMIDDELING").getText()).isEqualTo("Toegestaan.");
            melder.press("form:has(input[value='BEMIDDELING']) button");
            assertThat(melder.find("main [role=status]").getText()).contains("Uw toestemming is ingetrokken.");
            assertThat(melder.find("#toestemming-BEMIDDELING").getText()).isEqualTo("Niet toegestaan.");
        }
    }

    private static void fillIn(Browser browser, String text) {
        new Select(browser.find("#vertrouwenspersoon")).selectByValue(
                PlatformStack.PORTAAL_TENANT + "/" + PortaalDemo.VERTROUWENSPERSOON_SUB);
        browser.find("#soort-ONGEWENSTE_OMGANGSVORMEN").sendKeys(Keys.SPACE);
        browser.find("#categorie-DISCRIMINATIE").sendKeys(Keys.SPACE);
        browser.find("#relatie-LEIDINGGEVENDE").sendKeys(Keys.SPACE);
        browser.find("#beschrijving").clear();
        browser.find("#beschrijving").sendKeys(text);
    }

    /** The text of the inbox's section that begins at the heading with this id, up to the next heading. */
    private static String section(Browser browser, String id) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "const h = document.getElementById(arguments[0]); let t = ''; let n = h.nextElementSibling;"
                        + " while (n && n.tagName !== 'H2') { t += n.innerText + '\\n'; n = n.nextElementSibling; }"
                        + " return t;", id);
    }
}
