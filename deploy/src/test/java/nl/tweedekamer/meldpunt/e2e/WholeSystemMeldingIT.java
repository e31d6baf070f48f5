package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.KafkaBroker;
import nl.tweedekamer.meldpunt.testing.TestTokens;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * One named melding through the four packaged services, from intake to closure and the end of its retention term,
 * by their public APIs only: at each step the emails each party receives (to whom, the subject, never the melder's
 * name, the melding's text or its category), the terms on termijn-service, and the HR portal feed (which never
 * hears of a melding). The two years of art 5.6 pass by moving the clocks of termijn- and melding-service.
 */
@Tag("postgres")
class WholeSystemMeldingIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String MELDING_EVENTS = "melding.events.v1";
    private static final String TERMIJN_EVENTS = "termijn.events.v1";
    private static final String TERMIJN_GEOPEND = "nl.tweedekamer.termijn.termijn-geopend.v1";
    /** How termijn-service's warnings name a date. */
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    private static PlatformStack stack;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String tenant = "e2e-" + tag;
    private final UUID vpId = UUID.randomUUID();
    private final String vpDomain = "vp-" + tag + ".example.nl";
    private final String melderSub = UUID.randomUUID().toString();
    private final String melderDomain = "melder-" + tag + ".example.nl";
    private final String melderName = "Mirjam Meldster-" + tag;
    private final String meldingText = "Mijn leidinggevende kleineert mij in elk overleg " + tag;
    private final String replyText = "Kunnen we elkaar donderdag spreken " + tag;
    private final String answerText = "Ja, donderdag om tien uur " + tag;
    private final Mailboxes mail = new Mailboxes(PlatformStack.get().mail, List.of(melderName, meldingText, replyText,
            answerText, "PESTEN", "Pesten", "pesten", "kleineert"));

    @BeforeAll
    static void startPlatform() {
        stack = PlatformStack.get();
    }

    @Test
    void aNamedMeldingMailsEachPartyWithoutContentGetsItsTwoYearTermAtClosureAndIsDestroyedWhenThatTermLapses()
            throws Exception {
        register();
        appointPoolVertrouwenspersoon();

        // intake: a named melder, who asks to be emailed
        Map<String, Object> intake = new HashMap<>();
        intake.put("vertrouwenspersoonId", vpId.toString());
        intake.put("kind", "ONGEWENSTE_OMGANGSVORMEN");
        intake.put("category", "PESTEN");
        intake.put("relation", "LEIDINGGEVENDE");
        intake.put("description", meldingText);
        intake.put("identity", Map.of("name", melderName, "email", "melder@" + melderDomain));
        intake.put("emailWanted", true);
        var receipt = asMelder().contentType(ContentType.JSON).body(intake).post("/meldingen").then().statusCode(201)
                .extract().jsonPath();
        UUID meldingId = UUID.fromString(receipt.getString("meldingId"));
        String reference = receipt.getString("reference");
        assertThat(reference).isNotBlank();

        mail.await(vpDomain, reference, "Meldpunt Tweede Kamer: nieuwe melding (" + reference + ") / new report");
        mail.await(melderDomain, reference,
                "Meldpunt Tweede Kamer: uw melding is aangekomen (" + reference + ") / your report has arrived");

        // the VP answers: the melder hears that a message waits, the VP hears nothing of her own message
        asVp().contentType(ContentType.JSON).body(Map.of("text", answerText))
                .post("/meldingen/{id}/berichten", meldingId).then().statusCode(201);
        String messageWaits = "Meldpunt Tweede Kamer: er staat een bericht voor u klaar (" + reference
                + ") / a message is waiting for you";
        mail.await(melderDomain, reference,
                "Meldpunt Tweede Kamer: uw melding is aangekomen (" + reference + ") / your report has arrived",
                messageWaits);

        // the melder replies: now the VP hears of it
        asMelder().contentType(ContentType.JSON).body(Map.of("text", replyText))
                .post("/meldingen/{id}/berichten", meldingId).then().statusCode(201);
        mail.await(vpDomain, reference, "Meldpunt Tweede Kamer: nieuwe melding (" + reference + ") / new report",
                messageWaits);

        // no term runs while the file is open
        assertThat(termsOf(meldingId)).isEmpty();

        // closure with the written confirmation (art 5.1.i): the melder is told, T6 opens for two years
        LocalDate today = LocalDate.now(AMSTERDAM);
        asVp().contentType(ContentType.JSON)
                .body(Map.of("outcome", "OPGELOST", "confirmation", "Wij sluiten het dossier af " + tag))
                .post("/meldingen/{id}/sluiting", meldingId).then().statusCode(200);
        mail.await(melderDomain, reference,
                "Meldpunt Tweede Kamer: uw melding is aangekomen (" + reference + ") / your report has arrived",
                messageWaits,
                "Meldpunt Tweede Kamer: uw melding is afgerond (" + reference + ") / your report has been concluded");

        await("T6 opened on termijn-service").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> termsOf(meldingId).size() == 1);
        UUID t6 = termsOf(meldingId).get(0);
        var term = asVp(termijn()).get("/termijnen/{id}", t6).then().statusCode(200).extract().jsonPath();
        assertThat(term.getString("termijn.term")).isEqualTo("T6");
        assertThat(term.getString("termijn.article")).isEqualTo("art 5.6");
        assertThat(term.getString("termijn.caseReference")).isEqualTo(reference);
        assertThat(term.getString("termijn.state")).isEqualTo("OPEN");
        assertThat(LocalDate.parse(term.getString("termijn.triggerDate"))).isEqualTo(today);
        LocalDate destroyOn = LocalDate.parse(term.getString("termijn.dueOn"));
        assertThat(destroyOn).isEqualTo(today.plusYears(2));
        // the VP sees the destruction day in the melding's own view
        await("melding-service shows the destruction day").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).until(() -> destroyOn.toString()
                        .equals(asVp().get("/meldingen/{id}", meldingId).then().extract().path("destructionDueOn")));

        // the employer's HR feed carries procedural status of complaints only: nothing of this melding
        assertNothingOnTheHrFeedAbout(meldingId, reference);

        try {
            retention(meldingId, reference, t6, today, destroyOn, messageWaits);
        } finally {
            // the other tests of this JVM find the services as deployed, on today's clock
            for (String moved : List.of("melding-service", "termijn-service")) {
                if (stack.service(moved).name.contains("-clock-")) {
                    stack.restart(moved);
                }
            }
        }
    }

    private void retention(UUID meldingId, String reference, UUID t6, LocalDate today, LocalDate destroyOn,
            String messageWaits) throws Exception {
        // twenty days before the destruction day: the one warning of art 5.6 reaches the VP, the file is still there
        Duration toWarning = Duration.ofDays(ChronoUnit.DAYS.between(today, destroyOn.minusDays(20)));
        stack.restartWithClockMoved("termijn-service", toWarning);
        mail.await(vpDomain, reference, "Meldpunt Tweede Kamer: nieuwe melding (" + reference + ") / new report",
                messageWaits, "Aankondiging: termijn T6 in zaak " + reference + " loopt af op "
                        + DATUM.format(destroyOn));
        asVp().get("/meldingen/{id}", meldingId).then().statusCode(200);
        assertThat(asVp(termijn()).get("/termijnen/{id}", t6).then().statusCode(200).extract().jsonPath()
                .getList("reminders.moment")).containsExactly("WAARSCHUWING");

        // a month past the destruction day: T6 lapses and melding-service destroys the file
        Duration pastDestruction = Duration.ofDays(ChronoUnit.DAYS.between(today, destroyOn.plusMonths(1)));
        stack.restartWithClockMoved("melding-service", pastDestruction);
        stack.restartWithClockMoved("termijn-service", pastDestruction);
        await("the file is destroyed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> asVp().get("/meldingen/{id}", meldingId).statusCode() == 404);
        await("dossier-vernietigd published").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> TopicReader.withKey(MELDING_EVENTS, meldingId.toString()).stream()
                        .anyMatch(e -> "nl.tweedekamer.melding.dossier-vernietigd.v1".equals(e.type())));
        await("T6 lapsed and closed by the destruction").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    var ended = asVp(termijn()).get("/termijnen/{id}", t6).then().statusCode(200).extract().jsonPath();
                    assertThat(ended.getString("termijn.lapsedOn")).isEqualTo(destroyOn.toString());
                    assertThat(ended.getString("termijn.state")).startsWith("CLOSED");
                });
        assertThat(asVp().get("/vertrouwenspersoon/meldingen").then().statusCode(200).extract().asString())
                .doesNotContain(reference);
        // the melder got nothing more, and nothing about this melding ever reached the HR feed
        assertThat(mail.subjects(melderDomain, reference)).hasSize(3);
        assertNothingOnTheHrFeedAbout(meldingId, reference);
    }

    /** The ids of the terms termijn-service opened for the melding, from its events. */
    private static List<UUID> termsOf(UUID meldingId) {
        return TopicReader.withKey(TERMIJN_EVENTS, meldingId.toString()).stream()
                .filter(e -> TERMIJN_GEOPEND.equals(e.type()))
                .map(e -> UUID.fromString(e.json().replaceAll("(?s).*\"termId\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1")))
                .distinct().toList();
    }

    private void assertNothingOnTheHrFeedAbout(UUID meldingId, String reference)
            throws InterruptedException, ExecutionException {
        String topic = "hr-status." + tenant + ".v1";
        Set<String> topics;
        try (Admin admin = Admin.create(
                Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()))) {
            topics = admin.listTopics().names().get();
        }
        if (!topics.contains(topic)) {
            return;
        }
        for (TopicReader.Event e : TopicReader.all(topic)) {
            assertThat(e.type()).startsWith("nl.tweedekamer.hr-status.");
            assertThat(e.key() + e.json()).doesNotContain(meldingId.toString(), reference, melderName, meldingText,
                    vpId.toString(), melderSub);
        }
    }

    private void register() {
        Map<String, Object> body = new HashMap<>();
        body.put("id", tenant);
        body.put("name", "Fractie " + tenant);
        body.put("shortName", tenant.toUpperCase());
        body.put("kind", "FRACTIE");
        body.put("employerEntity", "Stichting " + tenant);
        body.put("contactEmail", "secretariaat@" + tenant + ".example.nl");
        given().baseUri(stack.service("klacht-service").baseUri()).auth().oauth2(platformAdmin())
                .contentType(ContentType.JSON).body(body).post("/tenants").then().statusCode(201);
        await("melding-service knows the organisation").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().baseUri(melding()).auth().oauth2(platformAdmin())
                        .get("/tenants/{t}/replica", tenant).statusCode() == 200);
    }

    private void appointPoolVertrouwenspersoon() {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", vpId.toString());
        body.put("name", "Vera Vertrouwd-" + tag);
        body.put("email", "vp@" + vpDomain);
        body.put("functionCategory", "STAFF");
        body.put("appointedFrom", LocalDate.now(AMSTERDAM).toString());
        given().baseUri(melding()).auth().oauth2(platformAdmin()).contentType(ContentType.JSON).body(body)
                .post("/vertrouwenspersonen").then().statusCode(201);
    }

    private RequestSpecification asMelder() {
        return given().baseUri(melding()).auth()
                .oauth2(TestTokens.as("employee").tenant(tenant).subject(melderSub).sign());
    }

    private RequestSpecification asVp() {
        return asVp(melding());
    }

    private RequestSpecification asVp(String service) {
        return given().baseUri(service).auth()
                .oauth2(TestTokens.as("vertrouwenspersoon").tenant(tenant).subject(vpId.toString()).sign());
    }

    private static String melding() {
        return stack.service("melding-service").baseUri();
    }

    private static String termijn() {
        return stack.service("termijn-service").baseUri();
    }

    private static String platformAdmin() {
        return TestTokens.as("platform-admin").tenant("tk").subject("ops").sign();
    }
}
