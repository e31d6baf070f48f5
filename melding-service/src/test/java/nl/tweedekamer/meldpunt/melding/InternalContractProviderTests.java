package nl.tweedekamer.meldpunt.melding;

import static nl.tweedekamer.meldpunt.melding.support.Meldingen.intake;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.planted;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.report;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.appointment;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractieAdmin;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.contract.Contact;
import nl.tweedekamer.meldpunt.testing.InternalApiContract;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Provider side of melding-contract: what {@code /internal} really answers matches the OpenAPI document its
 * consumers (and their stubs, ContactLookupStub) rely on, for every lookup the document names. Renaming a field of
 * {@link Contact} or of the document fails here, and in termijn- and notificatie-service's stubs.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class InternalContractProviderTests {

    private static final InternalApiContract CONTRACT = InternalApiContract.MELDING;

    @Test
    void everyInternalLookupAnswersWhatTheContractSays() {
        Set<String> checked = new HashSet<>();

        UUID pool = poolVp();
        checked.add(checkedAnswer("/internal/vertrouwenspersonen/" + pool + "/contact", pool.toString()));

        String tenant = fractie("EIGEN");
        UUID own = UUID.randomUUID();
        fractieAdmin(tenant).body(appointment(own)).post("/tenants/{t}/vertrouwenspersonen", tenant).then()
                .statusCode(201);
        checked.add(checkedAnswer("/internal/tenants/" + tenant + "/vertrouwenspersonen/" + own + "/contact",
                own.toString()));

        String subject = UUID.randomUUID().toString();
        Map<String, Object> body = intake(poolVp(), planted());
        body.put("identity", Map.of("email", "melder@voorbeeld.example"));
        body.put("emailWanted", true);
        String melding = report(subject, fractie("POOL"), body);
        checked.add(checkedAnswer("/internal/meldingen/" + melding + "/contacts/reporter", subject));

        assertThat(checked).as("every lookup of the contract is verified against melding-service")
                .containsExactlyInAnyOrderElementsOf(CONTRACT.templates());
    }

    /** GETs the path as the service does, checks the body against the document; answers the template it matched. */
    private static String checkedAnswer(String path, String expectedId) {
        String json = service().get(path).then().statusCode(200).extract().asString();
        assertThat(CONTRACT.violations(path, json)).as("GET %s against melding-internal.yaml", path).isEmpty();
        assertThat(service().get(path).then().extract().as(Contact.class).id()).isEqualTo(expectedId);
        return CONTRACT.templates().stream()
                .filter(t -> path.matches(t.replaceAll("\\{[^}/]+}", "[^/]+"))).findFirst().orElseThrow();
    }
}
