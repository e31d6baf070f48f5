package nl.tweedekamer.meldpunt.klacht;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.klacht.support.Klachten;
import nl.tweedekamer.meldpunt.klacht.support.Onboarding;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.testing.InternalApiContract;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Provider side of klacht-contract: what {@code /internal} really answers matches the OpenAPI document its consumers
 * (and their stubs, ContactLookupStub) rely on, for every lookup the document names, every party and every commission
 * function. Renaming a field of {@link Contact} or of the document fails here, and in termijn- and
 * notificatie-service's stubs.
 */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class InternalContractProviderTests {

    private static final InternalApiContract CONTRACT = InternalApiContract.KLACHT;

    @Test
    void everyInternalLookupAnswersWhatTheContractSays() {
        Set<String> checked = new HashSet<>();
        Klachten k = new Klachten();
        String caseId = k.adviceIssued();

        for (String function : List.of("CHAIR", "DEPUTY_CHAIR", "MEMBER", "DEPUTY_MEMBER", "SECRETARY")) {
            checked.add(checkedList("/internal/commission/contacts", "function", function));
        }
        checked.add(checkedList("/internal/cases/" + caseId + "/contacts/COMPLAINANT", null, null));
        checked.add(checkedList("/internal/cases/" + caseId + "/contacts/ACCUSED", null, null));
        checked.add(checkedList("/internal/cases/" + caseId + "/contacts/DECIDER", null, null));
        checked.add(checkedList("/internal/cases/" + caseId + "/contacts/ADVICE_RECIPIENT", null, null));
        checked.add(checkedOne("/internal/cases/" + caseId + "/persons/" + k.complainant + "/contact",
                k.complainant.toString()));
        checked.add(checkedOne("/internal/persons/" + k.accused + "/contact", k.accused.toString()));
        checked.add(checkedList("/internal/platform/contacts/administrators", null, null));

        String tenant = Onboarding.newTenantId();
        String declaration = Onboarding.registerDeclaredFractie(tenant);
        String person = Onboarding.addPerson(tenant, "Roos Rooster", "roos-" + tenant);
        checked.add(checkedOne("/internal/tenants/" + tenant + "/contacts/organisation", tenant));
        checked.add(checkedOne("/internal/tenants/" + tenant + "/contacts/hr", tenant));
        checked.add(checkedOne("/internal/tenants/" + tenant + "/contacts/persons/" + person, person));
        checked.add(checkedOne("/internal/tenants/" + tenant + "/contacts/persons/" + person + "/until-confirmed/"
                + declaration, person));

        assertThat(checked).as("every lookup of the contract is verified against klacht-service")
                .containsExactlyInAnyOrderElementsOf(CONTRACT.templates());
    }

    @Test
    void aCasesPartiesCarryTheTenantTheyBelongToInTheCaseAndNoOtherLookupDoes() {
        Klachten k = new Klachten();
        String caseId = k.adviceIssued();
        List<Contact> accused = service().get("/internal/cases/{c}/contacts/ACCUSED", caseId).then().statusCode(200)
                .extract().as(new TypeRef<List<Contact>>() { });
        assertThat(accused).extracting(Contact::tenantId).containsExactly(k.accusedTenant);
        String single = service().get("/internal/cases/{c}/persons/{p}/contact", caseId, k.accused).then()
                .statusCode(200).extract().asString();
        assertThat(single).doesNotContain("tenantId");
    }

    /** GETs the path as a service does, checks the array body against the document; answers the template. */
    private static String checkedList(String path, String queryName, String queryValue) {
        RequestSpecification request = service();
        if (queryName != null) {
            request = request.queryParam(queryName, queryValue);
        }
        String json = request.get(path).then().statusCode(200).extract().asString();
        assertThat(CONTRACT.violations(path, json)).as("GET %s?%s=%s against klacht-internal.yaml", path, queryName,
                queryValue).isEmpty();
        assertThat(json).as("GET %s answers someone", path).isNotEqualTo("[]");
        return template(path);
    }

    /** GETs the path as a service does, checks the body against the document and its id; answers the template. */
    private static String checkedOne(String path, String expectedId) {
        String json = service().get(path).then().statusCode(200).extract().asString();
        assertThat(CONTRACT.violations(path, json)).as("GET %s against klacht-internal.yaml", path).isEmpty();
        assertThat(service().get(path).then().extract().as(Contact.class).id()).isEqualTo(expectedId);
        return template(path);
    }

    private static String template(String path) {
        return CONTRACT.templates().stream()
                .filter(t -> path.matches(t.replaceAll("\\{[^}/]+}", "[^/]+"))).findFirst().orElseThrow();
    }

    private static RequestSpecification service() {
        return Klachten.as(UUID.randomUUID(), null, Roles.SERVICE);
    }
}
