package nl.tweedekamer.meldpunt.e2e;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.e2e.Mailboxes.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
 * One complaint across two organisations through the four packaged services, from the klaagschrift to the
 * employer's decision, by their public APIs only: a staff member of one fractie complains about a staff member of
 * another; at each step the emails each party receives (to whom, the subject, never a name, the complaint's text or
 * its category), the terms on termijn-service, and what each organisation's HR feed hears (the procedure of its own
 * employee's case, never who or what).
 */
@Tag("postgres")
class WholeSystemKlachtIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static PlatformStack stack;
    private static Commissie commissie;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** The complainant's organisation, and the accused's: two employers, each with its own HR feed. */
    private final Organisatie a = new Organisatie("e2e-a-" + tag);
    private final Organisatie b = new Organisatie("e2e-b-" + tag);
    private final UUID complainant = UUID.randomUUID();
    private final UUID accused = UUID.randomUUID();
    private final String complainantDomain = "klager-" + tag + ".example.nl";
    private final String accusedDomain = "aangeklaagde-" + tag + ".example.nl";
    private final String complainantName = "Klara Klager-" + tag;
    private final String accusedName = "Bert Beschuldigd-" + tag;
    private final String behaviour = "Structureel buitengesloten en bespot in het fractieoverleg " + tag;
    private final String correction = "Het overleg was op dinsdag, niet op maandag " + tag;
    private final String adviceText = "De klacht is gegrond; een corrigerend gesprek is aangewezen " + tag;
    private final String decisionText = "De werkgever volgt het advies en voert het gesprek " + tag;
    private final Mailboxes mail = new Mailboxes(PlatformStack.get().mail, List.of(complainantName, accusedName,
            behaviour, correction, adviceText, decisionText, "PESTEN", "Pesten", "pesten", "bespot"));

    /** A fractie with its HR contact and its standing decider (domain.md §10.2), each on a domain of their own. */
    private record Organisatie(String id, UUID decider, UUID deputy, String hrDomain, String deciderDomain) {
        Organisatie(String id) {
            this(id, UUID.randomUUID(), UUID.randomUUID(), "hr-" + id + ".example.nl", "beslisser-" + id + ".example.nl");
        }
    }

    @BeforeAll
    static void startPlatform() {
        stack = PlatformStack.get();
        commissie = Commissie.of(stack);
    }

    @Test
    void aComplaintAcrossTwoOrganisationsTellsEachPartyEachStepWithoutContentRunsItsTermsAndFeedsOnlyTheProcedureToHr()
            throws Exception {
        onboard(a);
        onboard(b);
        rosterAt(b, accused, accusedName, "post@" + accusedDomain);

        // art 9.1: the klaagschrift, signed and filed; the secretary is asked to confirm receipt (art 9.4)
        String id = asComplainant().body(klaagschrift()).post("/klachten").then().statusCode(201).extract().path("id");
        JsonPath filed = asComplainant().body(Map.of("name", complainantName, "signedOn", today().toString()))
                .post("/klachten/{id}/indiening", id).then().statusCode(200).extract().jsonPath();
        String ref = filed.getString("reference");
        assertThat(ref).isNotBlank();
        mail.await(commissie.secretary.domain(), ref, subject("nieuw klaagschrift", ref, "new complaint"));
        awaitTerms(id, Map.of("ONTVANGSTBEVESTIGING", "OPEN", "T3", "OPEN"));

        asSecretary().post("/klachten/{id}/ontvangstbevestiging", id).then().statusCode(200);
        String received = subject("uw klacht is ontvangen", ref, "your complaint has been received");
        mail.await(complainantDomain, ref, received);
        awaitTerms(id, Map.of("ONTVANGSTBEVESTIGING", "CLOSED", "T3", "OPEN"));

        // art 7.4 and 10: the chair, one member of each side; admissible, the accused linked to the roster of b
        asSecretary().body(Map.of("chairId", commissie.chair.personId().toString(),
                "memberIds", List.of(commissie.memberCivilService.personId().toString(),
                        commissie.memberPolitical.personId().toString())))
                .put("/klachten/{id}/samenstelling", id).then().statusCode(200);
        String accusedId = asSecretary().get("/klachten/{id}", id).then().statusCode(200).extract()
                .path("klaagschrift.accused[0].id");
        asChair().body(Map.of("admissible", true, "mediationExplored", true,
                "reasons", "Voldoet aan art 9.1; bemiddeling besproken en niet gewenst.",
                "memberIds", members(),
                "accusedLinks", List.of(Map.of("accusedId", accusedId, "personId", accused.toString()))))
                .post("/klachten/{id}/ontvankelijkheid", id).then().statusCode(200);
        String admissible = subject("besluit over de behandeling", ref, "decision on taking up the complaint");
        mail.await(complainantDomain, ref, received, admissible);
        String concerningYou = subject("een klacht die u betreft", ref, "a complaint concerning you");
        mail.await(accusedDomain, ref, concerningYou);
        awaitTerms(id, Map.of("ONTVANGSTBEVESTIGING", "CLOSED", "T3", "CLOSED", "T4", "OPEN"));

        // art 11: the hearing, each party invited at the address of this case
        asSecretary().body(Map.of("hearingOn", today().plusDays(7).toString(), "partiesTogether", false,
                "documentsDueOn", today().plusDays(3).toString())).post("/klachten/{id}/hoorzittingen", id)
                .then().statusCode(201);
        String invitation = subject("uitnodiging voor een hoorzitting", ref, "invitation to a hearing");
        mail.await(complainantDomain, ref, received, admissible, invitation);
        mail.await(accusedDomain, ref, concerningYou, invitation);

        // art 12.1: the report and the fact overview to both parties, who may correct it
        asSecretary().body(Map.of("kind", "HOORVERSLAG", "text", "Verslag van de hoorzitting " + tag))
                .post("/klachten/{id}/verslagen", id).then().statusCode(200);
        asSecretary().body(Map.of("text", "Feitenoverzicht van de commissie " + tag,
                "correctionsDueOn", today().plusDays(14).toString())).post("/klachten/{id}/feitenoverzicht", id)
                .then().statusCode(200);
        String facts = subject("feitenoverzicht ter controle", ref, "overview of the facts for your review");
        mail.await(complainantDomain, ref, received, admissible, invitation, facts);
        mail.await(accusedDomain, ref, concerningYou, invitation, facts);
        asComplainant().body(Map.of("kind", "CORRECTIE", "text", correction)).post("/klachten/{id}/reacties", id)
                .then().statusCode(200);
        asAccused().body(Map.of("kind", "AFSTAND_CORRECTIE")).post("/klachten/{id}/reacties", id).then()
                .statusCode(200);

        // art 12.2-12.7: the advice, voted and signed, reaches the decider of the accused's employer; copies to both
        asSecretary().body(advice()).post("/klachten/{id}/advies", id).then().statusCode(200);
        asChair().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200);
        String status = asSecretary().post("/klachten/{id}/advies/ondertekening", id).then().statusCode(200)
                .extract().path("status");
        assertThat(status).isEqualTo("ADVIES_UITGEBRACHT");
        String adviceIssued = subject("het advies is uitgebracht", ref, "the advice has been issued");
        mail.await(b.deciderDomain(), ref, subject("advies van de klachtencommissie", ref,
                "advice from the complaints committee"));
        mail.await(complainantDomain, ref, received, admissible, invitation, facts, adviceIssued);
        mail.await(accusedDomain, ref, concerningYou, invitation, facts, adviceIssued);
        LocalDate adviceReceived = today();
        awaitTerms(id, Map.of("ONTVANGSTBEVESTIGING", "CLOSED", "T3", "CLOSED", "T4", "CLOSED", "T5", "OPEN"));
        assertThat(termField(id, "T5", "employerTenantId")).isEqualTo(b.id());
        // art 13.1: four weeks from the advice's receipt
        assertThat(LocalDate.parse(termField(id, "T5", "dueOn"))).isEqualTo(adviceReceived.plusWeeks(4));
        awaitHrFeed(b, "advies-ontvangen", "besluit-verwacht");

        // art 13: the employer of the accused decides; the parties and the commission hear of it
        asDecider(b).body(Map.of("text", decisionText)).post("/klachten/{id}/besluit", id).then().statusCode(200);
        String decided = subject("het besluit is genomen", ref, "the decision has been taken");
        mail.await(complainantDomain, ref, received, admissible, invitation, facts, adviceIssued, decided);
        mail.await(accusedDomain, ref, concerningYou, invitation, facts, adviceIssued, decided);
        mail.await(commissie.secretary.domain(), ref, subject("nieuw klaagschrift", ref, "new complaint"),
                subject("besluit van de werkgever", ref, "decision of the employer"));
        awaitTerms(id, Map.of("ONTVANGSTBEVESTIGING", "CLOSED", "T3", "CLOSED", "T4", "CLOSED", "T5", "CLOSED"));
        // the only employer to decide has decided: the case is closed, and its HR feed hears that too
        awaitHrFeed(b, "advies-ontvangen", "besluit-verwacht", "besluit-genomen", "gesloten");
        // domain.md §10.12: the counts are exact, also for a single case
        await("exact counts on " + b.id() + "'s HR feed").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    List<TopicReader.Event> counts = hrFeed(b).stream()
                            .filter(e -> e.type().equals("nl.tweedekamer.hr-status.aantallen.v1")).toList();
                    assertThat(counts).isNotEmpty();
                    JsonPath last = JsonPath.from(counts.get(counts.size() - 1).json());
                    assertThat(last.getInt("involved")).isEqualTo(1);
                    assertThat(last.getInt("awaitingDecision")).isZero();
                    assertThat(last.getInt("decided")).isEqualTo(1);
                });

        // the complainant's organisation decides nothing here: its decider and HR hear nothing of the case, nor does
        // anyone else of either organisation
        for (String domain : List.of(a.deciderDomain(), a.hrDomain(), b.hrDomain())) {
            assertThat(mail.subjects(domain, ref)).as("mail to " + domain).isEmpty();
            mail.assertNothingSecretIn(domain);
        }
        assertThat(hrFeed(a)).isEmpty();
        for (TopicReader.Event e : hrFeed(b)) {
            assertThat(e.key() + e.json()).doesNotContain(complainantName, accusedName, behaviour, adviceText,
                    decisionText, complainant.toString(), accused.toString(), "PESTEN");
        }
    }

    /** Registered, declared (the regulation applies from 1 June 2024), with its standing decider and deputy. */
    private void onboard(Organisatie org) {
        Map<String, Object> tenant = new HashMap<>();
        tenant.put("id", org.id());
        tenant.put("name", "Fractie " + org.id());
        tenant.put("shortName", org.id().toUpperCase());
        tenant.put("kind", "FRACTIE");
        tenant.put("employerEntity", "Stichting " + org.id());
        tenant.put("contactEmail", "secretariaat@" + org.hrDomain());
        tenant.put("hrContactEmail", "hr@" + org.hrDomain());
        as(UUID.randomUUID(), "tk", "platform-admin").body(tenant).post("/tenants").then().statusCode(201);
        Map<String, Object> declaration = new HashMap<>();
        declaration.put("regulationVersion", "klachtenregeling-2021");
        declaration.put("option", "PERSONEELSHANDBOEK");
        declaration.put("effectiveFrom", "2024-06-01");
        declaration.put("signedBy", "Voorzitter " + org.id());
        declaration.put("signedOn", "2024-01-15");
        declaration.put("vertrouwenspersoonKeuze", "POOL");
        fractieAdmin(org).body(declaration).post("/tenants/{t}/declarations", org.id()).then().statusCode(201);
        rosterAt(org, org.decider(), "Dirk Beslisser-" + tag, "post@" + org.deciderDomain());
        rosterAt(org, org.deputy(), "Dora Plaatsvervanger-" + tag, "plv@" + org.deciderDomain());
        fractieAdmin(org).body(Map.of("deciderId", org.decider().toString(), "deputyId", org.deputy().toString()))
                .put("/tenants/{t}/beslisser", org.id()).then().statusCode(200);
    }

    private void rosterAt(Organisatie org, UUID person, String name, String workEmail) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("workEmail", workEmail);
        body.put("subject", person.toString());
        body.put("from", "2023-01-01");
        body.put("function", "Senior adviseur");
        fractieAdmin(org).body(body).post("/tenants/{t}/roster", org.id()).then().statusCode(201);
    }

    private Map<String, Object> klaagschrift() {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "PESTEN");
        body.put("behaviour", behaviour);
        body.put("place", "Fractiekamer, Tweede Kamer");
        body.put("when", "Wekelijks sinds het voorjaar");
        body.put("firstBehaviourOn", today().minusMonths(4).toString());
        body.put("latestBehaviourOn", today().minusMonths(1).toString());
        body.put("witnesses", "Een collega van de fractie");
        body.put("complainant", Map.of("name", complainantName, "address", "Lange Poten 4, 2511 CL Den Haag",
                "function", "Beleidsmedewerker", "email", "post@" + complainantDomain));
        body.put("accused", List.of(Map.of("name", accusedName, "function", "Senior adviseur",
                "relation", "MEDEWERKER_FRACTIE", "employerTenantId", b.id())));
        body.put("stepsTaken", "Gesprek met de leidinggevende gevoerd.");
        return body;
    }

    private Map<String, Object> advice() {
        Map<String, Object> body = new HashMap<>();
        body.put("nature", "CORRECTIEF");
        body.put("text", adviceText);
        body.put("votes", List.of(Map.of("personId", commissie.chair.personId().toString(), "vote", "VOOR"),
                Map.of("personId", commissie.memberCivilService.personId().toString(), "vote", "VOOR"),
                Map.of("personId", commissie.memberPolitical.personId().toString(), "vote", "VOOR")));
        return body;
    }

    private static List<String> members() {
        return List.of(commissie.memberCivilService.personId().toString(),
                commissie.memberPolitical.personId().toString());
    }

    /** Waits until termijn-service holds exactly these terms of the case, in these states (CLOSED: any closing). */
    private void awaitTerms(String caseId, Map<String, String> expected) {
        await("terms " + expected).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    List<Map<String, Object>> terms = asSecretary(termijn()).get("/klachten/{id}/termijnen", caseId)
                            .then().statusCode(200).extract().path("termijn");
                    Map<String, String> states = new HashMap<>();
                    for (Map<String, Object> t : terms) {
                        String state = (String) t.get("state");
                        states.put((String) t.get("term"), state.startsWith("CLOSED") ? "CLOSED" : state);
                    }
                    assertThat(states).isEqualTo(expected);
                });
    }

    /** A field of the case's term of this kind, as termijn-service shows it. */
    private String termField(String caseId, String term, String field) {
        return asSecretary(termijn()).get("/klachten/{id}/termijnen", caseId).then().statusCode(200).extract()
                .jsonPath().getString("find { it.termijn.term == '" + term + "' }.termijn." + field);
    }

    /** Waits until the organisation's HR feed carries exactly these kinds of event, in this order. */
    private void awaitHrFeed(Organisatie org, String... kinds) {
        await(org.id() + "'s HR feed carries " + List.of(kinds)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(hrFeed(org).stream()
                        .map(e -> e.type().replaceAll("^nl\\.tweedekamer\\.hr-status\\.(.*)\\.v1$", "$1"))
                        .filter(kind -> !kind.equals("aantallen")).toList()).containsExactly(kinds));
    }

    private static List<TopicReader.Event> hrFeed(Organisatie org) throws InterruptedException, ExecutionException {
        String topic = "hr-status." + org.id() + ".v1";
        Set<String> topics;
        try (Admin admin = Admin.create(
                Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()))) {
            topics = admin.listTopics().names().get();
        }
        return topics.contains(topic) ? TopicReader.all(topic) : List.of();
    }

    private static LocalDate today() {
        return LocalDate.now(AMSTERDAM);
    }

    private RequestSpecification asComplainant() {
        return as(complainant, a.id(), "employee");
    }

    private RequestSpecification asAccused() {
        return as(accused, b.id(), "employee");
    }

    private RequestSpecification asDecider(Organisatie org) {
        return as(org.decider(), org.id(), "employer");
    }

    private static RequestSpecification asChair() {
        return as(commissie.chair.personId(), "tk", "commission-member");
    }

    private static RequestSpecification asSecretary() {
        return as(commissie.secretary.personId(), "tk", "commission-secretary");
    }

    private static RequestSpecification asSecretary(String service) {
        return asSecretary().baseUri(service);
    }

    private static RequestSpecification fractieAdmin(Organisatie org) {
        return as(UUID.randomUUID(), org.id(), "fractie-admin");
    }

    /** A person's request to klacht-service (unless another base is set), signed as the platform's IdP would. */
    private static RequestSpecification as(UUID person, String tenant, String role) {
        return given().baseUri(stack.service("klacht-service").baseUri()).auth()
                .oauth2(TestTokens.as(role).tenant(tenant).subject(person.toString()).sign())
                .contentType(ContentType.JSON);
    }

    private static String termijn() {
        return stack.service("termijn-service").baseUri();
    }
}
