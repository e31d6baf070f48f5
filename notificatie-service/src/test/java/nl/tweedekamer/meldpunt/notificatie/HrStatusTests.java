package nl.tweedekamer.meldpunt.notificatie;

import static nl.tweedekamer.meldpunt.notificatie.testing.Events.fields;
import static nl.tweedekamer.meldpunt.testing.ContactLookupStub.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.testing.AsyncApiContract;
import nl.tweedekamer.meldpunt.notificatie.testing.Events;
import nl.tweedekamer.meldpunt.notificatie.testing.Mails;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.KafkaBroker;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/**
 * Each employer's HR portal hears, on its own topic only, the procedural status of the complaints it is involved
 * in, from the advice on (domain.md §1, §7), and exact counts of its own cases (§10.12). Every event it gets is
 * checked against asyncapi.yaml.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class HrStatusTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HR = "nl.tweedekamer.hr-status.";

    @Test
    void anEmployerHearsOfAComplaintOnlyFromTheAdviceOnAndOnlyOnItsOwnTopic() {
        String complainantTenant = Events.tenant("fractie");
        String b = Events.tenant("werkgever-b");
        String c = Events.tenant("werkgever-c");
        UUID caseId = UUID.randomUUID();
        String ref = Events.reference("K");
        String decider = "beslisser-" + b + "@werkgever.example";
        answer("/internal/cases/" + caseId + "/contacts/DECIDER",
                List.of(new Contact(UUID.randomUUID().toString(), decider, b)));

        Events.klacht("klaagschrift-ingediend", caseId, complainantTenant, ref, fields("declarationId",
                UUID.randomUUID().toString(), "complainantId", UUID.randomUUID().toString(),
                "accusedEmployerTenantIds", List.of(b, c), "handoverId", null, "filedOn", "2026-11-02",
                "completeOn", "2026-11-02"));
        Events.klacht("ontvankelijkheid-vastgesteld", caseId, complainantTenant, ref, fields("decidedOn", "2026-11-10",
                "admissible", true, "accused", List.of(fields("personId", null, "employerTenantId", b),
                        fields("personId", null, "employerTenantId", c))));
        // the due date may arrive before the advice itself
        Events.dueDate(caseId, complainantTenant, ref, b, "2027-02-02", null, "GEOPEND");
        Events.dueDate(caseId, complainantTenant, ref, c, "2027-02-02", null, "GEOPEND");
        Events.melding("melding-ontvangen", UUID.randomUUID(), b, Events.reference("M"),
                fields("vertrouwenspersoonId", UUID.randomUUID().toString(), "vertrouwenspersoonKind", "POOL",
                        "receivedOn", "2026-11-02"));
        Events.klacht("tijdelijke-voorziening-gevraagd", caseId, complainantTenant, ref, fields("requestId",
                UUID.randomUUID().toString(), "requestedOn", "2026-11-12", "employerTenantId", b));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.to(decider).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(TopicReader.all(hrTopic(b))).isEmpty();
            assertThat(TopicReader.all(hrTopic(c))).isEmpty();
        });

        Events.klacht("advies-uitgebracht", caseId, complainantTenant, ref, fields("issuedOn", "2027-01-04",
                "receivedOn", "2027-01-05", "recipients", List.of(fields("employerTenantId", b, "recipientId", null),
                        fields("employerTenantId", c, "recipientId", UUID.randomUUID().toString()))));
        // one decision term per employer: only b extends its own
        Events.dueDate(caseId, complainantTenant, ref, b, "2027-02-16", "2027-02-02", "VERLENGING");
        Events.klacht("besluit-genomen", caseId, complainantTenant, ref,
                fields("employerTenantId", b, "decidedOn", "2027-02-10"));
        Events.klacht("klacht-beeindigd", caseId, complainantTenant, ref, fields("ending", "BESLUIT",
                "endedOn", "2027-02-10", "endDate", "2027-03-24", "handoverId", null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(types(b)).containsExactly("advies-ontvangen.v1", "besluit-verwacht.v1", "aantallen.v1",
                    "besluit-verdaagd.v1", "besluit-genomen.v1", "aantallen.v1", "gesloten.v1", "aantallen.v1");
            assertThat(types(c)).containsExactly("advies-ontvangen.v1", "besluit-verwacht.v1", "aantallen.v1",
                    "gesloten.v1", "aantallen.v1");
        });
        assertThat(TopicReader.all(hrTopic(complainantTenant))).isEmpty();
        for (String tenant : List.of(b, c)) {
            for (TopicReader.Event event : TopicReader.all(hrTopic(tenant))) {
                assertThat(event.tenantId()).isEqualTo(tenant);
                assertThat(payload(event)).containsEntry("tenantId", tenant);
                assertThat(event.key()).isIn(ref, tenant);
                assertThat(AsyncApiContract.violations(event.type(), event.json())).isEmpty();
            }
        }
        List<TopicReader.Event> onB = TopicReader.all(hrTopic(b));
        assertThat(payload(onB.get(0))).isEqualTo(Map.of("tenantId", b, "caseReference", ref, "receivedOn", "2027-01-05"));
        assertThat(payload(onB.get(1))).isEqualTo(Map.of("tenantId", b, "caseReference", ref, "dueOn", "2027-02-02"));
        assertThat(payload(onB.get(3))).isEqualTo(Map.of("tenantId", b, "caseReference", ref,
                "previousDueOn", "2027-02-02", "dueOn", "2027-02-16"));
        assertThat(payload(onB.get(4))).isEqualTo(Map.of("tenantId", b, "caseReference", ref, "decidedOn", "2027-02-10"));
        assertThat(payload(onB.get(6))).isEqualTo(Map.of("tenantId", b, "caseReference", ref, "closedOn", "2027-02-10"));
    }

    @Test
    void countsOnTheEmployersOwnTopicAreExactEvenFromOneToFour() {
        String employer = Events.tenant("werkgever-d");
        String complainantTenant = Events.tenant("fractie");
        List<UUID> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            advice(caseId, complainantTenant, employer);
            if (i == 0) {
                await().atMost(Duration.ofSeconds(30)).until(() -> lastCounts(employer) != null);
                assertThat(lastCounts(employer)).containsEntry("involved", 1).containsEntry("awaitingDecision", 1)
                        .containsEntry("decided", 0);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(6).equals(lastCounts(employer).get("involved")));
        assertThat(lastCounts(employer)).containsEntry("awaitingDecision", 6).containsEntry("decided", 0);

        Events.klacht("besluit-genomen", cases.get(0), complainantTenant, "K-2026-00001",
                fields("employerTenantId", employer, "decidedOn", "2027-02-10"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(1).equals(lastCounts(employer).get("decided")));
        assertThat(lastCounts(employer)).containsEntry("awaitingDecision", 5).containsEntry("involved", 6);
        for (TopicReader.Event event : TopicReader.all(hrTopic(employer))) {
            assertThat(AsyncApiContract.violations(event.type(), event.json())).isEmpty();
        }
    }

    @Test
    void everyHrEventOnEveryTopicKeepsToTheContract() throws Exception {
        advice(UUID.randomUUID(), Events.tenant("fractie"), Events.tenant("werkgever-e"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith("hr-status.")).mapToLong(t -> TopicReader.all(t).size()).sum() > 0);
            for (String topic : admin.listTopics().names().get()) {
                if (!topic.startsWith("hr-status.")) {
                    continue;
                }
                String tenant = topic.substring("hr-status.".length(), topic.length() - ".v1".length());
                for (TopicReader.Event event : TopicReader.all(topic)) {
                    assertThat(event.type()).startsWith(HR);
                    assertThat(event.tenantId()).isEqualTo(tenant);
                    assertThat(AsyncApiContract.violations(event.type(), event.json()))
                            .as("%s on %s", event.type(), topic).isEmpty();
                }
            }
        }
        // the check itself fails on a field outside the schema
        assertThat(AsyncApiContract.violations(HR + "advies-ontvangen.v1",
                "{\"tenantId\":\"fractie-x\",\"caseReference\":\"K-2026-0001\",\"receivedOn\":\"2027-01-05\",\"category\":\"PESTEN\"}"))
                .isNotEmpty();
        assertThat(AsyncApiContract.violations(HR + "advies-ontvangen.v1",
                "{\"tenantId\":\"fractie-x\",\"caseReference\":\"K-2026-0001\",\"receivedOn\":\"5 januari\"}"))
                .isNotEmpty();
    }

    static void advice(UUID caseId, String complainantTenant, String employer) {
        Events.klacht("advies-uitgebracht", caseId, complainantTenant, Events.reference("K"), fields("issuedOn",
                "2027-01-04", "receivedOn", "2027-01-05", "recipients",
                List.of(fields("employerTenantId", employer, "recipientId", null))));
    }

    static String hrTopic(String tenant) {
        return "hr-status." + tenant + ".v1";
    }

    static List<String> types(String tenant) {
        return TopicReader.all(hrTopic(tenant)).stream().map(e -> e.type().substring(HR.length())).toList();
    }

    static Map<String, Object> lastCounts(String tenant) {
        List<TopicReader.Event> counts = TopicReader.all(hrTopic(tenant)).stream()
                .filter(e -> e.type().equals(HR + "aantallen.v1")).toList();
        return counts.isEmpty() ? null : payload(counts.get(counts.size() - 1));
    }

    static Map<String, Object> payload(TopicReader.Event event) {
        try {
            Map<String, Object> map = JSON.readValue(event.json(), new TypeReference<Map<String, Object>>() {
            });
            map.remove("asOf");
            return map;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
