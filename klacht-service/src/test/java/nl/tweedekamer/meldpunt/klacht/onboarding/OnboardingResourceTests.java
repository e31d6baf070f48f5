package nl.tweedekamer.meldpunt.klacht.onboarding;

import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.addPerson;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.as;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.asPerson;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.declaration;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractie;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractieAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.newTenantId;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.platformAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.registerDeclaredFractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class OnboardingResourceTests {

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    @Test
    void theFirstRegulationVersionIsTheKlachtenregelingInForceFromFirstMay2021() {
        as(Roles.EMPLOYEE, "tk").get("/regulations").then().statusCode(200)
                .body("id", contains("klachtenregeling-2021"))
                .body("[0].inForceFrom", equalTo("2021-05-01"))
                .body("[0].title", equalTo("Klachtenregeling ongewenste omgangsvormen Tweede Kamer"));
    }

    @Test
    void everyChangePublishesAFullSnapshotWithoutNamesOrAddresses() {
        String tenant = newTenantId();
        String declarationId = registerDeclaredFractie(tenant);
        String personId = addPerson(tenant, "Jansen Geheimnaam", "subj-" + tenant);

        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("tenants.v1", tenant).size() == 3);
        List<TopicReader.Event> snapshots = TopicReader.withKey("tenants.v1", tenant);
        TopicReader.Event last = snapshots.get(2);
        assertThat(last.type()).isEqualTo("nl.tweedekamer.tenant.snapshot.v1");
        assertThat(last.tenantId()).isEqualTo(tenant);
        assertThat(last.json()).contains("\"revision\":3", declarationId, personId, "\"option\":\"PERSONEELSHANDBOEK\"",
                "\"effectiveFrom\":\"2024-06-01\"", "\"daysBefore\":[7,2]");
        for (TopicReader.Event snapshot : snapshots) {
            assertThat(snapshot.json()).doesNotContain("Jansen", "Geheimnaam", "@", "Voorzitter Testfractie",
                    "subj-" + tenant);
        }
    }

    @Test
    void theCivilServiceIsRegisteredWithAStandingDeclarationByItsOwnAct() {
        Map<String, Object> civilService = fractie("tk");
        civilService.put("kind", "AMBTELIJKE_ORGANISATIE");
        civilService.put("name", "Tweede Kamer ambtelijke organisatie");
        platformAdmin().body(civilService).post("/tenants").then().statusCode(201);

        as(Roles.FRACTIE_ADMIN, "tk").get("/tenants/tk/declarations/in-force").then().statusCode(200)
                .body("option", equalTo("EIGEN_BESLUIT"))
                .body("effectiveFrom", equalTo("2021-05-01"))
                .body("regulationVersion", equalTo("klachtenregeling-2021"))
                .body("standing", equalTo("IN_FORCE"));

        Map<String, Object> second = fractie("tk-2");
        second.put("kind", "AMBTELIJKE_ORGANISATIE");
        platformAdmin().body(second).post("/tenants").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aFractieWithoutDeclarationIsRegisteredButHasNoDeclarationInForce() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201)
                .header("Location", endsWith("/tenants/" + tenant))
                .body("status", equalTo("ACTIVE"));
        fractieAdmin(tenant).get("/tenants/{t}/declarations/in-force", tenant).then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("No declaration in force"));
    }

    @Test
    void aNewDeclarationSupersedesTheOldOneFromItsEffectiveDateAndHistoryStaysReadable() {
        String tenant = newTenantId();
        String first = registerDeclaredFractie(tenant);
        Map<String, Object> next = declaration("2099-01-01");
        next.put("option", "ARBEIDSOVEREENKOMST");
        next.put("reminderSchedule", Map.of("daysBefore", List.of(5), "onDueDay", true, "everyWorkingDayAfter", false));
        String second = fractieAdmin(tenant).body(next).post("/tenants/{t}/declarations", tenant)
                .then().statusCode(201).body("standing", equalTo("SCHEDULED")).extract().path("id");

        fractieAdmin(tenant).get("/tenants/{t}/declarations", tenant).then().statusCode(200)
                .body("id", contains(second, first))
                .body("standing", contains("SCHEDULED", "IN_FORCE"));
        fractieAdmin(tenant).queryParam("on", "2099-01-01").get("/tenants/{t}/declarations/in-force", tenant)
                .then().statusCode(200).body("id", equalTo(second))
                .body("reminderSchedule.daysBefore", contains(5));
        fractieAdmin(tenant).queryParam("on", "2098-12-31").get("/tenants/{t}/declarations/in-force", tenant)
                .then().statusCode(200).body("id", equalTo(first));
        fractieAdmin(tenant).queryParam("on", "2024-05-31").get("/tenants/{t}/declarations/in-force", tenant)
                .then().statusCode(404);

        // the other services learn the outcome of this rule from the snapshot, never recompute it
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("tenants.v1", tenant).size() == 3);
        assertThat(TopicReader.withKey("tenants.v1", tenant).get(2).json())
                .contains("\"id\":\"" + first + "\",\"regulationVersion\":\"klachtenregeling-2021\"")
                .contains("\"inForceUntil\":\"2099-01-01\"", "\"inForceUntil\":null");
    }

    @Test
    void aNewDeclarationMustTakeEffectAfterTheLatestOne() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        fractieAdmin(tenant).body(declaration("2024-06-01")).post("/tenants/{t}/declarations", tenant)
                .then().statusCode(409).contentType("application/problem+json");
        fractieAdmin(tenant).get("/tenants/{t}/declarations", tenant).then().body("$", hasSize(1));
    }

    @Test
    void aDeclarationWithdrawnBeforeItTookEffectSupersedesNothing() {
        String tenant = newTenantId();
        String first = registerDeclaredFractie(tenant);
        String scheduled = fractieAdmin(tenant).body(declaration("2099-01-01")).post("/tenants/{t}/declarations", tenant)
                .then().statusCode(201).extract().path("id");
        fractieAdmin(tenant).body(Map.of("withdrawnFrom", "2099-01-01"))
                .post("/tenants/{t}/declarations/{d}/withdrawal", tenant, scheduled).then().statusCode(200);

        fractieAdmin(tenant).queryParam("on", "2099-06-01").get("/tenants/{t}/declarations/in-force", tenant)
                .then().statusCode(200).body("id", equalTo(first));
        fractieAdmin(tenant).body(declaration("2098-01-01")).post("/tenants/{t}/declarations", tenant)
                .then().statusCode(201);
    }

    @Test
    void aDeclarationThatSupersedesAnotherCannotBeDatedBack() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        fractieAdmin(tenant).body(declaration("2025-01-01")).post("/tenants/{t}/declarations", tenant).then()
                .statusCode(400).body("errors[0].field", equalTo("effectiveFrom"));
        fractieAdmin(tenant).get("/tenants/{t}/declarations", tenant).then().body("$", hasSize(1));
    }

    @Test
    void aDateInTheQueryThatIsNoDateIsRefusedAsBadInput() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        fractieAdmin(tenant).queryParam("on", "gisteren").get("/tenants/{t}/declarations/in-force", tenant).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("on"));
    }

    @Test
    void onlyTheTenantsOwnAdministratorSeesWhoSignedTheDeclaration() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        fractieAdmin(tenant).get("/tenants/{t}/declarations", tenant).then()
                .body("[0].signedBy", equalTo("Voorzitter Testfractie"));
        as(Roles.EMPLOYEE, tenant).get("/tenants/{t}/declarations", tenant).then().body("[0].signedBy", nullValue());
        as(Roles.COMMISSION_SECRETARY, "tk").get("/tenants/{t}/declarations", tenant).then()
                .body("[0].signedBy", nullValue());
        platformAdmin().get("/tenants/{t}/declarations/in-force", tenant).then().body("signedBy", nullValue());
    }

    @Test
    void anEmployeeSeesWhichDeclarationTheyAreAskedToConfirm() {
        String tenant = newTenantId();
        String declaration = registerDeclaredFractie(tenant);
        addPerson(tenant, "Femke Fokker", "femke-" + tenant);
        asPerson(Roles.EMPLOYEE, tenant, "femke-" + tenant).get("/tenants/{t}/declarations/in-force/my-confirmation",
                tenant).then().statusCode(200).body("declarationId", equalTo(declaration))
                .body("confirmedAt", nullValue());
        asPerson(Roles.EMPLOYEE, tenant, "femke-" + tenant)
                .post("/tenants/{t}/declarations/{d}/confirmation", tenant, declaration).then().statusCode(201);
        asPerson(Roles.EMPLOYEE, tenant, "femke-" + tenant).get("/tenants/{t}/declarations/in-force/my-confirmation",
                tenant).then().statusCode(200).body("confirmedAt", notNullValue());
    }

    @Test
    void theTenantsTopicIsCompactedSoTheLatestSnapshotOfEveryTenantIsKept() throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "tenants.v1");
            await().atMost(Duration.ofSeconds(20)).until(() -> "compact".equals(admin.describeConfigs(List.of(topic))
                    .all().get().get(topic).get("cleanup.policy").value()));
        }
    }

    @Test
    void aWithdrawnDeclarationAppliesToNothingFromItsWithdrawalDate() {
        String tenant = newTenantId();
        String id = registerDeclaredFractie(tenant);
        fractieAdmin(tenant).body(Map.of("withdrawnFrom", "2020-01-01"))
                .post("/tenants/{t}/declarations/{d}/withdrawal", tenant, id).then().statusCode(400);
        fractieAdmin(tenant).body(Map.of("withdrawnFrom", today()))
                .post("/tenants/{t}/declarations/{d}/withdrawal", tenant, id).then().statusCode(200)
                .body("standing", equalTo("WITHDRAWN"));
        fractieAdmin(tenant).get("/tenants/{t}/declarations/in-force", tenant).then().statusCode(404);
        fractieAdmin(tenant).queryParam("on", "2025-01-01").get("/tenants/{t}/declarations/in-force", tenant)
                .then().statusCode(200).body("id", equalTo(id));
        fractieAdmin(tenant).body(Map.of("withdrawnFrom", today()))
                .post("/tenants/{t}/declarations/{d}/withdrawal", tenant, id).then().statusCode(409);
    }

    @Test
    void aFractieDeclaresByOptionOneOrTwoNotByItsOwnAct() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        Map<String, Object> body = declaration("2024-06-01");
        body.put("option", "EIGEN_BESLUIT");
        fractieAdmin(tenant).body(body).post("/tenants/{t}/declarations", tenant).then().statusCode(400)
                .body("errors[0].field", equalTo("option"));
    }

    @Test
    void staffConfirmTheDeclarationInForceAndAreAskedAgainForANewVersion() {
        String tenant = newTenantId();
        String first = registerDeclaredFractie(tenant);
        String anna = addPerson(tenant, "Anna de Vries", "anna-" + tenant);
        String bram = addPerson(tenant, "Bram Bakker", "bram-" + tenant);

        asPerson(Roles.EMPLOYEE, tenant, "anna-" + tenant)
                .post("/tenants/{t}/declarations/{d}/confirmation", tenant, first).then().statusCode(201)
                .body("personId", equalTo(anna));
        asPerson(Roles.EMPLOYEE, tenant, "anna-" + tenant)
                .post("/tenants/{t}/declarations/{d}/confirmation", tenant, first).then().statusCode(200);

        fractieAdmin(tenant).get("/tenants/{t}/confirmations", tenant).then().statusCode(200)
                .body("declarationId", equalTo(first))
                .body("confirmed.personId", contains(anna))
                .body("pending.personId", contains(bram))
                .body("pending[0].confirmedAt", nullValue());

        String second = fractieAdmin(tenant).body(declaration(today())).post("/tenants/{t}/declarations", tenant)
                .then().statusCode(201).extract().path("id");
        fractieAdmin(tenant).get("/tenants/{t}/confirmations", tenant).then().statusCode(200)
                .body("declarationId", equalTo(second))
                .body("confirmedCount", equalTo(0))
                .body("pending.personId", contains(anna, bram));
        asPerson(Roles.EMPLOYEE, tenant, "anna-" + tenant)
                .post("/tenants/{t}/declarations/{d}/confirmation", tenant, first).then().statusCode(409);
    }

    @Test
    void someoneNotOnTheRosterCannotConfirm() {
        String tenant = newTenantId();
        String declaration = registerDeclaredFractie(tenant);
        asPerson(Roles.EMPLOYEE, tenant, "stranger").post("/tenants/{t}/declarations/{d}/confirmation", tenant,
                declaration).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPersonWhoConfirmedMeanwhileIsNotAskedAgainWhenTheRequestWouldLeave() {
        String tenant = newTenantId();
        String declaration = registerDeclaredFractie(tenant);
        String person = addPerson(tenant, "Gijs Groen", "gijs-" + tenant);
        String lookup = "/internal/tenants/{t}/contacts/persons/{p}/until-confirmed/{d}";
        as(Roles.SERVICE, "platform").get(lookup, tenant, person, declaration).then().statusCode(200)
                .body("id", equalTo(person)).body("email", equalTo("gijs.groen@example.nl"));
        asPerson(Roles.EMPLOYEE, tenant, "gijs-" + tenant)
                .post("/tenants/{t}/declarations/{d}/confirmation", tenant, declaration).then().statusCode(201);
        as(Roles.SERVICE, "platform").get(lookup, tenant, person, declaration).then().statusCode(404)
                .contentType("application/problem+json");
        // an unknown declaration asks nobody either
        as(Roles.SERVICE, "platform").get(lookup, tenant, person, java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void staffWhoLeftAreNoLongerAskedToConfirm() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        String person = addPerson(tenant, "Carla Claes", "carla-" + tenant);
        Map<String, Object> left = rosterPerson("Carla Claes", "carla-" + tenant);
        left.put("to", "2024-01-31");
        fractieAdmin(tenant).body(left).put("/tenants/{t}/roster/{p}", tenant, person).then().statusCode(200)
                .body("to", equalTo("2024-01-31"));
        fractieAdmin(tenant).get("/tenants/{t}/confirmations", tenant).then().statusCode(200)
                .body("pending", hasSize(0));
    }

    private static Map<String, Object> rosterPerson(String name, String subject) {
        return nl.tweedekamer.meldpunt.klacht.support.Onboarding.person(name, subject);
    }

    @Test
    void anOffboardedOrganisationWithoutCasesCanNoLongerDeclareAndItsSnapshotSaysSo() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        platformAdmin().post("/tenants/{t}/offboarding", tenant).then().statusCode(200)
                .body("status", equalTo("OFFBOARDED"));
        fractieAdmin(tenant).body(declaration("2099-01-01")).post("/tenants/{t}/declarations", tenant).then()
                .statusCode(409).contentType("application/problem+json");
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.withKey("tenants.v1", tenant).stream()
                .anyMatch(s -> s.json().contains("\"status\":\"OFFBOARDED\"")));
        fractieAdmin(tenant).post("/tenants/{t}/offboarding", tenant).then().statusCode(403);
    }

    @Test
    void theInternalLookupGivesServicesTheAddressThatNeverTravelsOnKafka() {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        String person = addPerson(tenant, "Dirk Dekker", "dirk-" + tenant);
        as(Roles.SERVICE, "platform").get("/internal/tenants/{t}/contacts/persons/{p}", tenant, person).then()
                .statusCode(200).body("email", equalTo("dirk.dekker@example.nl"));
        as(Roles.SERVICE, "platform").get("/internal/tenants/{t}/contacts/organisation", tenant).then()
                .statusCode(200).body("email", equalTo("secretariaat@" + tenant + ".example.nl"));
        as(Roles.SERVICE, "platform").get("/internal/tenants/{t}/contacts/hr", tenant).then()
                .statusCode(200).body("email", equalTo("hr@" + tenant + ".example.nl"));
    }
}
