package nl.tweedekamer.meldpunt.tenantreplica;

import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaProbe.awaitRevision;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaProbe.replica;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures.declaration;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures.event;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures.json;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures.newTenantId;
import static nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures.tenant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.listener.TenantSnapshotListener;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantSnapshotFixtures;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * The replica follows tenants.v1 on a real broker: newest revision wins, a redelivered event id is
 * processed once, and nothing on the topic can stop it. Events go to one partition in the order they
 * are published, so once a later "marker" tenant has arrived, every event before it has been processed.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
class TenantSnapshotListenerTests {

    static TenantSnapshotFixtures tenants;

    @Inject
    EntityManager em;

    @BeforeAll
    static void connect() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        tenants = TenantSnapshotFixtures.connect();
    }

    @AfterAll
    static void disconnect() {
        tenants.close();
    }

    @Test
    void snapshotArrivesInTheReplica() {
        String tenantId = newTenantId();
        tenants.publish(tenant(tenantId).revision(4).kind("AMBTELIJKE_ORGANISATIE").rosterSize(3)
                .declarations(declaration(LocalDate.of(2021, 5, 1)), declaration(LocalDate.of(2025, 1, 1)))
                .build());

        awaitRevision(tenantId, 4)
                .body("tenantId", equalTo(tenantId))
                .body("kind", equalTo("AMBTELIJKE_ORGANISATIE"))
                .body("status", equalTo("ACTIVE"))
                .body("declarations", hasSize(2))
                .body("declarations[0].regulationVersion", equalTo("klachtenregeling-2021"))
                .body("declarations[0].effectiveFrom", equalTo("2021-05-01"))
                .body("declarations[1].reminderSchedule.daysBefore", equalTo(List.of(7, 2)))
                .body("rosterSize", equalTo(3));
    }

    @Test
    void newerRevisionReplacesTheReplicaAndAnOffboardedTenantStaysReadable() {
        String tenantId = newTenantId();
        tenants.publish(tenant(tenantId).revision(1).rosterSize(2).build());
        awaitRevision(tenantId, 1).body("status", equalTo("ACTIVE"));

        tenants.publish(tenant(tenantId).revision(2).offboarded().rosterSize(0).build());

        awaitRevision(tenantId, 2)
                .body("status", equalTo("OFFBOARDED"))
                .body("rosterSize", equalTo(0));
    }

    @Test
    void olderRevisionAfterNewerChangesNothing() {
        String tenantId = newTenantId();
        tenants.publish(tenant(tenantId).revision(5).rosterSize(5).build());
        String updatedAt = awaitRevision(tenantId, 5).extract().path("updatedAt");

        // revision 3 arrives late and differs in every field it could change
        tenants.publish(tenant(tenantId).revision(3).offboarded().kind("AMBTELIJKE_ORGANISATIE").rosterSize(1)
                .declarations().build());
        awaitEverythingPublishedSoFar();

        replica(tenantId).statusCode(200)
                .body("revision", equalTo(5))
                .body("status", equalTo("ACTIVE"))
                .body("kind", equalTo("FRACTIE"))
                .body("rosterSize", equalTo(5))
                .body("declarations", hasSize(1))
                .body("updatedAt", equalTo(updatedAt));
    }

    @Test
    void sameEventIdDeliveredTwiceIsProcessedOnce() {
        String tenantId = newTenantId();
        String eventId = UUID.randomUUID().toString();
        tenants.publish(eventId, tenant(tenantId).revision(1).build());
        String updatedAt = awaitRevision(tenantId, 1).extract().path("updatedAt");

        // The second delivery carries a higher revision, so the revision rule would apply it:
        // only the inbox (consumer tenant-replica, this event id) can keep it out.
        tenants.publish(eventId, tenant(tenantId).revision(2).offboarded().build());
        awaitEverythingPublishedSoFar();

        replica(tenantId).statusCode(200)
                .body("revision", equalTo(1))
                .body("status", equalTo("ACTIVE"))
                .body("updatedAt", equalTo(updatedAt));
        assertEquals(1L, processedCount(eventId), "one inbox record for the event id");
    }

    @Test
    void otherEventTypesOnTheTenantsTopicAreIgnored() {
        String tenantId = newTenantId();
        TenantSnapshot lookalike = tenant(tenantId).build();
        tenants.publish(tenantId, event(UUID.randomUUID().toString(), "nl.tweedekamer.tenant.renamed.v1", tenantId,
                json(lookalike)));
        awaitEverythingPublishedSoFar();

        replica(tenantId).statusCode(404);
    }

    @Test
    void unreadableSnapshotIsPassedOverAndTheTenantsNextSnapshotStillArrives() {
        String tenantId = newTenantId();
        tenants.publish(tenantId, snapshotEvent(tenantId, "{\"tenantId\": \""));
        tenants.publish(tenantId, snapshotEvent(tenantId,
                "{\"tenantId\":\"" + tenantId + "\",\"revision\":\"not a number\"}"));

        tenants.publish(tenant(tenantId).revision(1).build());

        awaitRevision(tenantId, 1).body("status", equalTo("ACTIVE"));
    }

    @Test
    void snapshotFiledUnderAnotherTenantIsPassedOver() {
        String named = newTenantId();
        String filedUnder = newTenantId();
        String snapshot = new String(json(tenant(named).build()), StandardCharsets.UTF_8);
        tenants.publish(filedUnder, snapshotEvent(filedUnder, snapshot));
        awaitEverythingPublishedSoFar();

        replica(named).statusCode(404);
        replica(filedUnder).statusCode(404);
    }

    @Test
    void fieldsANewerProducerAddsAreIgnored() {
        String tenantId = newTenantId();
        String snapshot = new String(json(tenant(tenantId).revision(2).build()), StandardCharsets.UTF_8);
        String extended = "{\"introducedLater\":{\"x\":1}," + snapshot.substring(1);
        tenants.publish(tenantId, snapshotEvent(tenantId, extended));

        awaitRevision(tenantId, 2).body("declarations", hasSize(1));
    }

    /** A snapshot event of the given tenant (attribute tenantid) whose data is exactly this text. */
    private static CloudEvent snapshotEvent(String tenantId, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        return event(UUID.randomUUID().toString(), TenantSnapshot.TYPE, tenantId, bytes);
    }

    /** Publishes a marker tenant after everything else and waits for it: the partition is read in order. */
    private static void awaitEverythingPublishedSoFar() {
        String marker = newTenantId();
        tenants.publish(tenant(marker).build());
        awaitRevision(marker, 1);
    }

    private long processedCount(String eventId) {
        return em.createQuery("select count(m) from ProcessedMessage m where m.key.consumer = :consumer"
                + " and m.key.messageId = :id", Long.class)
                .setParameter("consumer", TenantSnapshotListener.NAME)
                .setParameter("id", eventId)
                .getSingleResult();
    }
}
