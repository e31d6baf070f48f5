package nl.tweedekamer.meldpunt.notificatie;

import static nl.tweedekamer.meldpunt.notificatie.testing.Events.fields;
import static nl.tweedekamer.meldpunt.testing.ContactLookupStub.answer;
import static nl.tweedekamer.meldpunt.testing.ContactLookupStub.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.notificatie.testing.Events;
import nl.tweedekamer.meldpunt.notificatie.testing.Mails;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Each step of a complaint and a melding reaches exactly the parties who must hear of it, read back from a real
 * SMTP server; addresses come from the owning services' lookups at send time.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class PartiesAreToldEachStepTests {

    static final String SECRETARY = "secretaris@klachtencommissie.example";
    static final String BASE = "https://meldpunt.test";

    static {
        answer("/internal/commission/contacts?function=SECRETARY",
                List.of(new Contact("8a1d6c7e-0000-4000-8000-000000000001", SECRETARY)));
    }

    @Test
    void eachStepOfAComplaintReachesTheRightPartiesAndNoOneElse() {
        UUID caseId = UUID.randomUUID();
        String ref = Events.reference("K");
        String tenant = Events.tenant("fractie");
        String employer = Events.tenant("werkgever");
        String klagerId = UUID.randomUUID().toString();
        String accusedId = UUID.randomUUID().toString();
        String klager = "klager-" + caseId + "@voorbeeld.example";
        String accused = "aangeklaagde-" + caseId + "@voorbeeld.example";
        String board = "bestuur-" + caseId + "@voorbeeld.example";
        String cases = "/internal/cases/" + caseId + "/contacts/";
        answer(cases + "COMPLAINANT", List.of(new Contact(klagerId, klager, tenant)));
        answer(cases + "ACCUSED", List.of(new Contact(accusedId, accused, employer)));
        answer(cases + "ADVICE_RECIPIENT", List.of(new Contact(UUID.randomUUID().toString(), board, employer)));
        answer(cases.replace("/contacts/", "/persons/") + klagerId + "/contact", new Contact(klagerId, klager));
        answer(cases.replace("/contacts/", "/persons/") + accusedId + "/contact", new Contact(accusedId, accused));
        // the address this person typed into another case: the invitation for this case never goes there
        String elsewhere = "elders-" + caseId + "@voorbeeld.example";
        answer("/internal/persons/" + klagerId + "/contact", new Contact(klagerId, elsewhere));

        Events.klacht("klaagschrift-ingediend", caseId, tenant, ref, fields("declarationId", UUID.randomUUID().toString(),
                "complainantId", klagerId, "accusedEmployerTenantIds", List.of(employer), "handoverId", null,
                "filedOn", "2026-11-02", "completeOn", "2026-11-02"));
        Events.klacht("ontvangst-bevestigd", caseId, tenant, ref,
                fields("confirmedOn", "2026-11-03", "completeOn", "2026-11-02"));
        Events.klacht("ontvankelijkheid-vastgesteld", caseId, tenant, ref, fields("decidedOn", "2026-11-10",
                "admissible", true, "accused", List.of(fields("personId", accusedId, "employerTenantId", employer))));
        Events.klacht("hoorzitting-gepland", caseId, tenant, ref, fields("hearingId", UUID.randomUUID().toString(),
                "hearingOn", "2026-12-01", "documentsDueOn", null, "invitedIds", List.of(klagerId, accusedId)));
        Events.klacht("feitenoverzicht-verstuurd", caseId, tenant, ref, fields("sentOn", "2026-12-08",
                "correctionsDueOn", "2026-12-22"));
        Events.klacht("advies-uitgebracht", caseId, tenant, ref, fields("issuedOn", "2027-01-04", "receivedOn",
                "2027-01-05", "recipients", List.of(fields("employerTenantId", employer, "recipientId", null))));
        Events.klacht("besluit-genomen", caseId, tenant, ref,
                fields("employerTenantId", employer, "decidedOn", "2027-01-20"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(headings(Mails.to(klager))).containsExactlyInAnyOrder("uw klacht is ontvangen",
                    "besluit over de behandeling", "uitnodiging voor een hoorzitting", "feitenoverzicht ter controle",
                    "het advies is uitgebracht", "het besluit is genomen");
            assertThat(headings(Mails.to(accused))).containsExactlyInAnyOrder("een klacht die u betreft",
                    "uitnodiging voor een hoorzitting", "feitenoverzicht ter controle", "het advies is uitgebracht",
                    "het besluit is genomen");
            assertThat(headings(Mails.to(board))).containsExactly("advies van de klachtencommissie");
            assertThat(headings(Mails.to(SECRETARY).stream().filter(m -> Mails.subject(m).contains(ref)).toList()))
                    .containsExactlyInAnyOrder("nieuw klaagschrift", "besluit van de werkgever");
        });
        assertThat(Mails.to(elsewhere)).isEmpty();
        MimeMessage advice = Mails.to(board).get(0);
        assertThat(Mails.content(advice)).contains(ref).contains(BASE + "/klachten/" + caseId)
                .contains("vier weken").contains("four weeks");
        assertThat(Mails.hasPart(advice, "text/plain")).isTrue();
        assertThat(Mails.hasPart(advice, "text/html")).isTrue();
        assertThat(Mails.messageId(advice)).matches("<[0-9a-f]{40}@meldpunt\\.tweedekamer\\.nl>");
        assertThat(ContactLookupStub.refusedCalls()).isZero();
    }

    @Test
    void beforeAdmissibilityTheAccusedAndTheEmployerHearNothing() {
        UUID caseId = UUID.randomUUID();
        String ref = Events.reference("K");
        String tenant = Events.tenant("fractie");
        String klager = "klager-" + caseId + "@voorbeeld.example";
        String accused = "aangeklaagde-" + caseId + "@voorbeeld.example";
        String cases = "/internal/cases/" + caseId + "/contacts/";
        answer(cases + "COMPLAINANT", List.of(new Contact(UUID.randomUUID().toString(), klager, tenant)));
        answer(cases + "ACCUSED", List.of(new Contact(UUID.randomUUID().toString(), accused, tenant)));

        Events.klacht("ontvangst-bevestigd", caseId, tenant, ref,
                fields("confirmedOn", "2026-11-03", "completeOn", "2026-11-02"));
        Events.klacht("aanvulling-gevraagd", caseId, tenant, ref,
                fields("requestId", UUID.randomUUID().toString(), "requestedOn", "2026-11-04"));
        // inadmissible: the complainant is told, the accused never receives a copy (art 10.3)
        Events.klacht("ontvankelijkheid-vastgesteld", caseId, tenant, ref, fields("decidedOn", "2026-11-10",
                "admissible", false, "accused", List.of(fields("personId", null, "employerTenantId", tenant))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(headings(Mails.to(klager)))
                .containsExactlyInAnyOrder("uw klacht is ontvangen", "aanvulling gevraagd", "besluit over de behandeling"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(Mails.to(accused)).isEmpty());
    }

    @Test
    void aNamedReporterWhoAskedForEmailHearsOfMessagesAnAnonymousOneIsNeverLookedFor() {
        String vpId = UUID.randomUUID().toString();
        String vp = "vp-" + vpId + "@vertrouwenspersonen.example";
        answer("/internal/vertrouwenspersonen/" + vpId + "/contact", contact(vpId, vp));
        UUID named = UUID.randomUUID();
        UUID anonymous = UUID.randomUUID();
        String reporter = "melder-" + named + "@voorbeeld.example";
        answer("/internal/meldingen/" + named + "/contacts/reporter", contact(UUID.randomUUID().toString(), reporter));
        String tenant = Events.tenant("fractie");
        String namedRef = Events.reference("M");
        String anonymousRef = Events.reference("M");

        Events.melding("melding-ontvangen", named, tenant, namedRef, fields("vertrouwenspersoonId", vpId, "vertrouwenspersoonKind", "POOL",
                "receivedOn", "2026-11-02"));
        Events.melding("melding-ontvangen", anonymous, tenant, anonymousRef, fields("vertrouwenspersoonId", vpId, "vertrouwenspersoonKind", "POOL",
                "receivedOn", "2026-11-02"));
        Events.melding("bericht-geplaatst", named, tenant, namedRef, fields("messageId", UUID.randomUUID().toString(),
                "vertrouwenspersoonId", vpId, "vertrouwenspersoonKind", "POOL", "from", "VERTROUWENSPERSOON", "postedAt", "2026-11-03T10:00:00Z"));
        Events.melding("bericht-geplaatst", anonymous, tenant, anonymousRef, fields("messageId",
                UUID.randomUUID().toString(), "vertrouwenspersoonId", vpId, "vertrouwenspersoonKind", "POOL", "from", "MELDER",
                "postedAt", "2026-11-03T11:00:00Z"));
        Events.melding("dossier-gesloten", named, tenant, namedRef, fields("vertrouwenspersoonId", vpId, "vertrouwenspersoonKind", "POOL",
                "closedOn", "2026-11-20", "handoverId", null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(headings(Mails.to(reporter))).containsExactlyInAnyOrder("uw melding is aangekomen",
                    "er staat een bericht voor u klaar", "uw melding is afgerond");
            assertThat(headings(Mails.to(vp))).containsExactlyInAnyOrder("nieuwe melding", "nieuwe melding",
                    "er staat een bericht voor u klaar");
        });
        assertThat(Mails.content(Mails.to(reporter).get(0))).contains(BASE + "/meldingen/" + named);
    }

    @Test
    void aFractiesOwnVertrouwenspersoonIsAskedFromThatFractieAndHearsOfAMeldingPassedOnToThem() {
        String tenant = Events.tenant("fractie");
        String ownId = UUID.randomUUID().toString();
        String own = "eigen-vp-" + ownId + "@voorbeeld.example";
        answer("/internal/tenants/" + tenant + "/vertrouwenspersonen/" + ownId + "/contact", contact(ownId, own));
        String nextId = UUID.randomUUID().toString();
        String next = "pool-vp-" + nextId + "@vertrouwenspersonen.example";
        answer("/internal/vertrouwenspersonen/" + nextId + "/contact", contact(nextId, next));
        UUID melding = UUID.randomUUID();
        String ref = Events.reference("M");

        Events.melding("melding-ontvangen", melding, tenant, ref, fields("vertrouwenspersoonId", ownId,
                "vertrouwenspersoonKind", "EIGEN", "receivedOn", "2026-11-02"));
        Events.melding("vertrouwenspersoon-gewisseld", melding, tenant, ref, fields("vertrouwenspersoonId", nextId,
                "vertrouwenspersoonKind", "POOL", "previousVertrouwenspersoonId", ownId, "reason", "PLAUSIBLY_INVOLVED",
                "changedOn", "2026-11-05"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(headings(Mails.to(own))).containsExactly("nieuwe melding");
            assertThat(headings(Mails.to(next))).containsExactly("een melding is aan u overgedragen");
        });
    }

    @Test
    void aRequestForTemporaryMeasuresReachesOnlyTheDeciderOfTheEmployerOfThePersonItConcerns() {
        UUID caseId = UUID.randomUUID();
        String ref = Events.reference("K");
        String employer = Events.tenant("werkgever");
        String otherEmployer = Events.tenant("werkgever");
        String office = "hr-" + employer + "@werkgever.example";
        String decider = "beslisser-" + employer + "@werkgever.example";
        String otherDecider = "beslisser-" + otherEmployer + "@werkgever.example";
        // domain.md §10.2: the organisation's general address may be a party's; it is never asked
        answer("/internal/tenants/" + employer + "/contacts/organisation", new Contact(employer, office));
        answer("/internal/cases/" + caseId + "/contacts/DECIDER", List.of(
                new Contact(UUID.randomUUID().toString(), decider, employer),
                new Contact(UUID.randomUUID().toString(), otherDecider, otherEmployer)));

        Events.klacht("tijdelijke-voorziening-gevraagd", caseId, Events.tenant("fractie"), ref, fields("requestId",
                UUID.randomUUID().toString(), "requestedOn", "2026-11-05", "employerTenantId", employer));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(headings(Mails.to(decider)))
                .containsExactly("verzoek om een tijdelijke voorziening"));
        assertThat(Mails.to(office)).isEmpty();
        assertThat(Mails.to(otherDecider)).isEmpty();
    }

    @Test
    void aNewAdviceTermIsToldToBothPartiesWithItsDateAndAPauseDuringMediationToo() {
        UUID caseId = UUID.randomUUID();
        String ref = Events.reference("K");
        String tenant = Events.tenant("fractie");
        String employer = Events.tenant("werkgever");
        String klager = "klager-" + caseId + "@voorbeeld.example";
        String accused = "aangeklaagde-" + caseId + "@voorbeeld.example";
        answer("/internal/cases/" + caseId + "/contacts/COMPLAINANT",
                List.of(new Contact(UUID.randomUUID().toString(), klager, tenant)));
        answer("/internal/cases/" + caseId + "/contacts/ACCUSED",
                List.of(new Contact(UUID.randomUUID().toString(), accused, employer)));

        Events.klacht("termijn-stap", caseId, tenant, ref, fields("stepId", UUID.randomUUID().toString(), "term", "T4",
                "action", "NIEUWE_TERMIJN", "requestedOn", "2026-12-01", "extensionDays", null, "newDueOn", "2027-02-15",
                "employerTenantId", null));
        Events.klacht("termijn-stap", caseId, tenant, ref, fields("stepId", UUID.randomUUID().toString(), "term", "T4",
                "action", "OPSCHORTING", "requestedOn", "2026-12-10", "extensionDays", null, "newDueOn", null,
                "employerTenantId", null));
        // another term's step is the commission's own business: nobody is mailed
        Events.klacht("termijn-stap", caseId, tenant, ref, fields("stepId", UUID.randomUUID().toString(), "term", "T3",
                "action", "VERLENGING", "requestedOn", "2026-12-10", "extensionDays", 7, "newDueOn", null,
                "employerTenantId", null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(headings(Mails.to(klager))).containsExactlyInAnyOrder("nieuwe termijn voor het advies",
                    "termijn voor het advies loopt even niet");
            assertThat(headings(Mails.to(accused))).containsExactlyInAnyOrder("nieuwe termijn voor het advies",
                    "termijn voor het advies loopt even niet");
        });
        MimeMessage told = Mails.to(klager).stream()
                .filter(m -> headings(List.of(m)).contains("nieuwe termijn voor het advies")).findFirst().orElseThrow();
        assertThat(Mails.content(told)).contains("15 februari 2027").contains(BASE + "/klachten/" + caseId);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(Mails.to(klager)).hasSize(2));
    }

    @Test
    void aPatternSignalIsAnnouncedToTheOrganisationsHrContactOnceWithoutItsContent() {
        String tenant = Events.tenant("fractie");
        String hr = "hr-" + tenant + "@fractie.example";
        answer("/internal/tenants/" + tenant + "/contacts/hr", new Contact(tenant, hr));
        UUID signalId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();

        Events.patroonsignaal(eventId, signalId, tenant, "AFD-GRIFFIE", "< 5");
        // a redelivered event changes nothing
        Events.patroonsignaal(eventId, signalId, tenant, "AFD-GRIFFIE", "< 5");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(headings(Mails.to(hr)))
                .containsExactly("een signaal van een vertrouwenspersoon"));
        MimeMessage mail = Mails.to(hr).get(0);
        assertThat(Mails.content(mail)).contains(BASE + "/organisaties/" + tenant + "/patroonsignalen")
                .doesNotContain("AFD-GRIFFIE", "< 5", "&lt; 5");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(Mails.to(hr)).hasSize(1));
    }

    @Test
    void aPersonOnTheRosterIsAskedOnceToConfirmTheDeclarationWithALinkAndNoNameAndNotAfterConfirmingIt() {
        String tenant = Events.tenant("fractie");
        UUID declaration = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String staff = "medewerker-" + person + "@fractie.example";
        String colleague = "collega-" + other + "@fractie.example";
        String confirmed = "bevestigd-" + UUID.randomUUID() + "@fractie.example";
        UUID alreadyConfirmed = UUID.randomUUID();
        String lookup = "/internal/tenants/" + tenant + "/contacts/persons/%s/until-confirmed/" + declaration;
        answer(lookup.formatted(person), new Contact(person.toString(), staff));
        answer(lookup.formatted(other), new Contact(other.toString(), colleague));
        // klacht-service answers 404 for a person who confirmed before the request left: nobody is asked
        answer("/internal/tenants/" + tenant + "/contacts/persons/" + alreadyConfirmed,
                new Contact(alreadyConfirmed.toString(), confirmed));

        UUID eventId = UUID.randomUUID();
        Events.onderschrijvingGevraagd(eventId, tenant, declaration, person, "2026-11-02");
        Events.onderschrijvingGevraagd(eventId, tenant, declaration, person, "2026-11-02"); // redelivered
        Events.onderschrijvingGevraagd(UUID.randomUUID(), tenant, declaration, other, "2026-11-02");
        Events.onderschrijvingGevraagd(UUID.randomUUID(), tenant, declaration, alreadyConfirmed, "2026-11-02");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(headings(Mails.to(staff))).containsExactly("een verklaring wacht op uw bevestiging");
            assertThat(headings(Mails.to(colleague))).containsExactly("een verklaring wacht op uw bevestiging");
        });
        MimeMessage asked = Mails.to(staff).get(0);
        assertThat(Mails.content(asked))
                .contains(BASE + "/organisaties/" + tenant + "/verklaring")
                .contains("bevestigen").contains("confirm").doesNotContain(colleague);
        assertThat(Mails.hasPart(asked, "text/html")).isTrue();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(Mails.to(confirmed)).isEmpty());
    }

    /** The Dutch heading of each email, from its subject "Meldpunt Tweede Kamer: <heading> (<ref>) / ...". */
    static List<String> headings(List<MimeMessage> messages) {
        return messages.stream().map(Mails::subject)
                .map(s -> s.substring("Meldpunt Tweede Kamer: ".length(), s.indexOf(" (")))
                .toList();
    }
}
