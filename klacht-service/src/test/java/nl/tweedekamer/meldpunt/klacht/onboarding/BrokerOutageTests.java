package nl.tweedekamer.meldpunt.klacht.onboarding;

import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.declaration;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractie;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.fractieAdmin;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.newTenantId;
import static nl.tweedekamer.meldpunt.klacht.support.Onboarding.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.KafkaBroker;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** When Kafka is down, work waits in the outbox and completes later; nothing is lost or sent twice. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class BrokerOutageTests {

    @Test
    void onboardingCommitsWhileTheBrokerIsDownAndIsPublishedExactlyOnceWhenItIsBack() {
        String tenant = newTenantId();
        KafkaBroker.stopBroker();
        try {
            platformAdmin().body(fractie(tenant)).post("/tenants").then().statusCode(201);
            fractieAdmin(tenant).body(declaration("2024-06-01")).post("/tenants/{t}/declarations", tenant)
                    .then().statusCode(201);
            platformAdmin().get("/tenants/{t}", tenant).then().statusCode(200).body("revision", equalTo(2));
        } finally {
            KafkaBroker.restartBroker();
        }

        // events leave in order, so once a later tenant's snapshot is out, any repeat would be out too
        String later = newTenantId();
        platformAdmin().body(fractie(later)).post("/tenants").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> TopicReader.withKey("tenants.v1", later).size() == 1);

        List<TopicReader.Event> snapshots = TopicReader.withKey("tenants.v1", tenant);
        assertThat(snapshots).hasSize(2);
        assertThat(snapshots.get(0).json()).contains("\"revision\":1");
        assertThat(snapshots.get(1).json()).contains("\"revision\":2", "2024-06-01");
        assertThat(snapshots.stream().map(TopicReader.Event::id).distinct()).hasSize(2);
    }
}
