package nl.tweedekamer.meldpunt.klacht.onboarding;

import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.addPerson;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.asPerson;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.declaration;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractie;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractieAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.newTenantId;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.person;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.platformAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.registerDeclaredFractie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class OnderschrijvingGevraagdTests {

    private static final String TOPIC = "klacht.events.v1";
    private static final String TYPE = "nl.tweedekamer.klacht.onderschrijving-gevraagd.v1";

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    /** The person's requests, in the order asked (keyed by person id, so one partition, in order). */
    private static List<TopicReader.Event> requestsTo(String personId) {
        return TopicReader.withKey(TOPIC, personId).stream().filter(e -> TYPE.equals(e.type())).toList();
    }

    private static List<TopicReader.Event> awaitRequests(String personId, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> requestsTo(personId).size() >= count);
        return requestsTo(personId);
    }

    @Test
    void everyoneOnTheRosterIsAskedOnceToConfirmADeclarationAsItComesIntoForceExceptWhoConfirmedIt() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        String anna = addPerson(tenant, "Anna Geheimnaam", "anna-" + tenant);
        String bram = addPerson(tenant, "Bram Geheimnaam", "bram-" + tenant);
        Map<String, Object> startsLater = person("Carla Geheimnaam", "carla-" + tenant);
        startsLater.put("from", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(1).toString());
        String carla = fractieAdmin(tenant).body(startsLater).post("/tenants/{t}/roster", tenant).then()
                .statusCode(201).extract().path("personId");

        String first = fractieAdmin(tenant).body(declaration("2024-06-01")).post("/tenants/{t}/declarations", tenant)
                .then().statusCode(201).extract().path("id");
        for (String person : List.of(anna, bram)) {
            TopicReader.Event asked = awaitRequests(person, 1).get(0);
            assertThat(asked.tenantId()).isEqualTo(tenant);
            assertThat(asked.json()).contains("\"tenantId\":\"" + tenant + "\"", "\"declarationId\":\"" + first + "\"",
                    "\"personId\":\"" + person + "\"", "\"requestedOn\":\"" + today() + "\"");
        }

        // carla, not yet employed, confirms anyway; when her start date moves to the past she is not asked
        asPerson(Roles.EMPLOYEE, tenant, "carla-" + tenant)
                .post("/tenants/{t}/declarations/{d}/confirmation", tenant, first).then().statusCode(201);
        fractieAdmin(tenant).body(person("Carla Geheimnaam", "carla-" + tenant))
                .put("/tenants/{t}/roster/{p}", tenant, carla).then().statusCode(200);
        // a change to bram's entry asks nobody twice
        fractieAdmin(tenant).body(person("Bram Geheimnaam", "bram-" + tenant))
                .put("/tenants/{t}/roster/{p}", tenant, bram).then().statusCode(200);

        // a new version asks everyone again, carla included: she confirmed only the first
        String second = fractieAdmin(tenant).body(declaration(today())).post("/tenants/{t}/declarations", tenant)
                .then().statusCode(201).extract().path("id");
        assertThat(awaitRequests(carla, 1)).singleElement()
                .satisfies(e -> assertThat(e.json()).contains(second));
        for (String person : List.of(anna, bram)) {
            List<TopicReader.Event> asked = awaitRequests(person, 2);
            assertThat(asked).hasSize(2);
            assertThat(asked.get(0).json()).contains(first);
            assertThat(asked.get(1).json()).contains(second);
        }
        for (String person : List.of(anna, bram, carla)) {
            for (TopicReader.Event e : requestsTo(person)) {
                assertThat(e.json()).doesNotContain("Geheimnaam", "@", "example.nl", "-" + tenant + "\"");
            }
        }
    }

    @Test
    void aPersonAddedToTheRosterIsAskedToConfirmTheDeclarationInForce() {
        String tenant = newTenantId();
        String declarationId = registerDeclaredFractie(tenant);
        String dirk = addPerson(tenant, "Dirk Geheimnaam", "dirk-" + tenant);

        TopicReader.Event asked = awaitRequests(dirk, 1).get(0);
        assertThat(asked.key()).isEqualTo(dirk);
        assertThat(asked.json()).contains(declarationId).doesNotContain("Dirk", "Geheimnaam", "@", "dirk-");
    }

    @Test
    void theRequestCarriesExactlyTheFieldsOfTheContract() throws IOException {
        String tenant = newTenantId();
        registerDeclaredFractie(tenant);
        String femke = addPerson(tenant, "Femke Geheimnaam", "femke-" + tenant);
        JsonNode payload = new ObjectMapper().readTree(awaitRequests(femke, 1).get(0).json());
        JsonNode schema = new ObjectMapper(new YAMLFactory()).readTree(new File("../asyncapi.yaml"))
                .path("components").path("messages").path("OnderschrijvingGevraagd");
        assertThat(schema.path("name").asText()).isEqualTo(TYPE);
        assertThat(schema.path("x-status").asText()).isEqualTo("current");
        Set<String> fields = new HashSet<>();
        payload.fieldNames().forEachRemaining(fields::add);
        Set<String> allowed = new HashSet<>();
        schema.path("payload").path("properties").fieldNames().forEachRemaining(allowed::add);
        Set<String> required = new HashSet<>();
        schema.path("payload").path("required").forEach(r -> required.add(r.asText()));
        assertThat(fields).isEqualTo(allowed).isEqualTo(required);
    }

    @Test
    void withoutADeclarationInForceNobodyIsAsked() {
        String tenant = newTenantId();
        platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
        String eva = addPerson(tenant, "Eva Geheimnaam", "eva-" + tenant);
        String declarationId = fractieAdmin(tenant).body(declaration("2024-06-01"))
                .post("/tenants/{t}/declarations", tenant).then().statusCode(201).extract().path("id");
        // the first request she gets is the one for the declaration, not one from being added
        assertThat(awaitRequests(eva, 1)).singleElement().satisfies(e -> assertThat(e.json()).contains(declarationId));
    }
}
