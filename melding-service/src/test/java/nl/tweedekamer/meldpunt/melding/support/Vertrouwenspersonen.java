package nl.tweedekamer.meldpunt.melding.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.security.Roles;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaProbe;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures;
import nl.tweedekamer.meldpunt.testing.TestTokens;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** Drives the vertrouwenspersonen API the way administrators, staff and services do. */
public final class Vertrouwenspersonen {

    public static final String PROBLEM = "application/problem+json";

    private Vertrouwenspersonen() {
    }

    public static RequestSpecification as(String role, String tenant) {
        return given().auth().oauth2(TestTokens.as(role).tenant(tenant).sign()).contentType(ContentType.JSON);
    }

    public static RequestSpecification platformAdmin() {
        return as(Roles.PLATFORM_ADMIN, "tk-ambtelijk");
    }

    public static RequestSpecification fractieAdmin(String tenant) {
        return as(Roles.FRACTIE_ADMIN, tenant);
    }

    public static RequestSpecification employee(String tenant) {
        return as(Roles.EMPLOYEE, tenant);
    }

    public static RequestSpecification service() {
        return as(Roles.SERVICE, null);
    }

    /** A candidate from a month ago: name and address are planted so tests can look for them where they must not be. */
    public static Map<String, Object> appointment(UUID personId) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId.toString());
        body.put("name", "Vp Naam-" + personId.toString().substring(0, 8));
        body.put("email", "vp-" + personId.toString().substring(0, 8) + "@vertrouwen.example.nl");
        body.put("functionCategory", "STAFF");
        body.put("appointedFrom", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusMonths(1).toString());
        return body;
    }

    /**
     * A fractie whose declaration in force (since 2025) makes the given choice of vertrouwenspersonen, or
     * none at all when {@code keuze} is null; returns once the snapshot reached this service's replica.
     */
    public static String fractie(String keuze) {
        String tenantId = TenantSnapshotFixtures.newTenantId();
        TenantSnapshotFixtures.SnapshotBuilder snapshot = TenantSnapshotFixtures.tenant(tenantId);
        if (keuze == null) {
            snapshot.declarations();
        } else {
            TenantSnapshot.Declaration pool = TenantSnapshotFixtures.declaration(LocalDate.of(2025, 1, 1));
            snapshot.declarations(new TenantSnapshot.Declaration(pool.id(), pool.regulationVersion(), pool.option(),
                    pool.effectiveFrom(), null, null, keuze, pool.reminderSchedule(), pool.complaintRetentionYears(),
                    pool.remediesPeriodWeeks()));
        }
        try (TenantSnapshotFixtures tenants = TenantSnapshotFixtures.connect()) {
            tenants.publish(snapshot.build());
        }
        TenantReplicaProbe.awaitRevision(tenantId, 1);
        return tenantId;
    }

    /** Waits until {@code count} events keyed by the person lie on melding.events.v1 (the outbox relay runs every second). */
    public static List<TopicReader.Event> awaitEvents(UUID personId, int count) {
        await("events of " + personId).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> TopicReader.withKey(Topics.MELDING_EVENTS, personId.toString()).size() >= count);
        return TopicReader.withKey(Topics.MELDING_EVENTS, personId.toString());
    }
}
