package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import static io.restassured.RestAssured.given;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.ownVp;
import static nl.tweedekamer.meldpunt.melding.support.Meldingen.poolVp;
import static nl.tweedekamer.meldpunt.melding.support.Vertrouwenspersonen.fractie;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.melding.support.Meldingen;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaProbe;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures;
import nl.tweedekamer.meldpunt.testing.InternalApiContract;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * The public directory of the organisations that take meldingen (GET /organisaties): read without sign-in, every
 * active organisation, declared or not (the pool is open to everyone), with whether a complaint can name it, the names
 * of their vertrouwenspersonen and never an address.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class OrganisationDirectoryTests {

    private static final InternalApiContract PUBLIC = InternalApiContract.load("/META-INF/openapi/melding-public.yaml");

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aDeclaredOrganisationIsListedWithItsVertrouwenspersonenWithoutSignIn() {
        String tenant = fractie("BEIDE");
        UUID own = ownVp(tenant);
        UUID pool = poolVp();

        JsonPath directory = directory();
        Map<String, Object> entry = entryOf(directory, tenant);
        assertThat(entry).containsEntry("name", "Fractie " + tenant).containsEntry("declarationInForce", true);
        List<String> vps = directory.getList("find { it.id == '" + tenant + "' }.vertrouwenspersonen.personId");
        assertThat(vps).contains(own.toString(), pool.toString());
        assertThat(directory.getList("find { it.id == '" + tenant + "' }.vertrouwenspersonen.name", String.class))
                .contains("Vp Naam-" + own.toString().substring(0, 8), "Vp Naam-" + pool.toString().substring(0, 8));

        // a fractie that keeps to the pool lists the pool, not another fractie's own vertrouwenspersoon
        String poolOnly = fractie("POOL");
        JsonPath again = directory();
        assertThat(again.getList("find { it.id == '" + poolOnly + "' }.vertrouwenspersonen.personId", String.class))
                .contains(pool.toString()).doesNotContain(own.toString());
    }

    @Test
    void theDirectoryIsSortedByNameAndCarriesTheDepartmentsInTheOrganisationsOwnOrder() {
        String tenant = TenantSnapshotFixtures.newTenantId();
        try (TenantSnapshotFixtures tenants = TenantSnapshotFixtures.connect()) {
            tenants.publish(TenantSnapshotFixtures.tenant(tenant)
                    .departments(new TenantSnapshot.Department("VOORLICHTING", "Voorlichting"),
                            new TenantSnapshot.Department("FRACTIESTAF", "Fractiestaf"))
                    .build());
        }
        TenantReplicaProbe.awaitRevision(tenant, 1);

        JsonPath directory = directory();
        assertThat(directory.getList("find { it.id == '" + tenant + "' }.departments.code", String.class))
                .containsExactly("VOORLICHTING", "FRACTIESTAF");
        List<String> names = directory.getList("name", String.class);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Collator.getInstance(Locale.forLanguageTag("nl")));
        assertThat(names).isEqualTo(sorted);
    }

    @Test
    void everyActiveOrganisationIsListedDeclaredOrNotAndOnlyADeclarationInForceLetsAComplaintNameIt() {
        String undeclared = fractie(null);
        UUID poolVp = poolVp();
        TenantSnapshot.Declaration pool = TenantSnapshotFixtures.declaration(LocalDate.of(2025, 1, 1));
        String future = TenantSnapshotFixtures.newTenantId();
        String withdrawn = TenantSnapshotFixtures.newTenantId();
        String offboarded = TenantSnapshotFixtures.newTenantId();
        String offboarding = TenantSnapshotFixtures.newTenantId();
        try (TenantSnapshotFixtures tenants = TenantSnapshotFixtures.connect()) {
            tenants.publish(TenantSnapshotFixtures.tenant(future)
                    .declarations(TenantSnapshotFixtures.declaration(TODAY.plusDays(30))).build());
            tenants.publish(TenantSnapshotFixtures.tenant(withdrawn)
                    .declarations(new TenantSnapshot.Declaration(pool.id(), pool.regulationVersion(), pool.option(),
                            pool.effectiveFrom(), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1), "POOL",
                            pool.reminderSchedule(), pool.complaintRetentionYears(), pool.remediesPeriodWeeks()))
                    .build());
            tenants.publish(TenantSnapshotFixtures.tenant(offboarded).offboarded().build());
            TenantSnapshot active = TenantSnapshotFixtures.tenant(offboarding).build();
            tenants.publish(new TenantSnapshot(active.tenantId(), active.revision(), active.name(), active.shortName(),
                    active.kind(), "OFFBOARDING", active.declarations(), active.roster(), active.departments()));
        }
        for (String tenant : List.of(future, withdrawn, offboarded, offboarding)) {
            TenantReplicaProbe.awaitRevision(tenant, 1);
        }
        String declared = fractie("POOL");

        JsonPath directory = directory();
        // the pool of vertrouwenspersonen is open to everyone, declared or not; an offboarding one takes no new work
        assertThat(directory.getList("id", String.class)).contains(declared, undeclared, future, withdrawn)
                .doesNotContain(offboarded, offboarding);
        assertThat(entryOf(directory, declared)).containsEntry("declarationInForce", true);
        for (String tenant : List.of(undeclared, future, withdrawn)) {
            assertThat(entryOf(directory, tenant)).as(tenant).containsEntry("declarationInForce", false);
        }
        assertThat(directory.getList("find { it.id == '" + undeclared + "' }.vertrouwenspersonen.personId",
                String.class)).as("the pool, for an organisation that declared nothing").contains(poolVp.toString());
    }

    @Test
    void noContactDetails() {
        String tenant = fractie("EIGEN");
        UUID own = ownVp(tenant);
        // away for a few days: the public view says until when, still without any address
        Meldingen.vp(own, tenant).body(Map.of("until", TODAY.plusDays(3).toString()))
                .put("/vertrouwenspersoon/afwezigheid").then().statusCode(200);
        String body = given().get("/organisaties").then().statusCode(200).extract().asString();
        // the contract allows nothing beside the names (additionalProperties: false)
        assertThat(PUBLIC.violations("/organisaties", body)).as("GET /organisaties against melding-public.yaml")
                .isEmpty();
        assertThat(body).contains("Vp Naam-" + own.toString().substring(0, 8))
                .doesNotContain("@vertrouwen.example.nl")
                .doesNotContain("\"email\"")
                .doesNotContain("functionCategory")
                .doesNotContain("appointmentId")
                .contains("\"absentUntil\":\"" + TODAY.plusDays(3) + "\"");
    }

    private static JsonPath directory() {
        return given().get("/organisaties").then().statusCode(200).contentType("application/json").extract()
                .jsonPath();
    }

    private static Map<String, Object> entryOf(JsonPath directory, String tenant) {
        Map<String, Object> entry = directory.getMap("find { it.id == '" + tenant + "' }");
        assertThat(entry).as("directory entry of " + tenant).isNotNull();
        return entry;
    }
}
