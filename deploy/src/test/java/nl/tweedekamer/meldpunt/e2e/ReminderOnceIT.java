package nl.tweedekamer.meldpunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.testing.KafkaBroker;
import nl.tweedekamer.meldpunt.testing.TopicWriter;

/**
 * "Never twice from our side", with the packaged termijn-service on PostgreSQL: two instances ticking
 * every second, a restart and a redelivered event send each reminder once. The reminder goes to a real SMTP
 * server, to the address klacht-service gives for the commission chair at send time.
 */
@Tag("postgres")
class ReminderOnceIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String KLACHT_EVENTS = "klacht.events.v1";
    private static final String AANVULLING_ONTVANGEN = "nl.tweedekamer.klacht.aanvulling-ontvangen.v1";
    private static final String TERMIJN_KLACHT_GROUP = "termijn-service.termijnen-klacht";
    /** Several ticks of every running instance ({@code REMINDERS_EVERY=1s}). */
    private static final Duration SOME_TICKS = Duration.ofSeconds(6);
    /** An instance's scheduler starts 10 s after the instance; this covers many ticks of both instances. */
    private static final Duration TICKS_OF_BOTH = Duration.ofSeconds(15);

    private static PlatformStack stack;
    private static String chairDomain;
    private static String secretaryDomain;

    @BeforeAll
    static void startPlatformWithACommission() {
        stack = PlatformStack.get();
        Commissie commissie = Commissie.of(stack);
        chairDomain = commissie.chair.domain();
        secretaryDomain = commissie.secretary.domain();
    }

    @Test
    void aLapsedTermsReminderReachesTheChairOnceDespiteTwoInstancesARestartAndARedeliveredEvent() throws Exception {
        // a reminder slot is a working day at 08:00 Europe/Amsterdam: a new one beginning during the test would be
        // a rightful second reminder, so the test does not run in the minutes before it
        ZonedDateTime now = ZonedDateTime.now(AMSTERDAM);
        ZonedDateTime next0800 = now.with(LocalTime.of(8, 0));
        if (!next0800.isAfter(now)) {
            next0800 = next0800.plusDays(1);
        }
        assumeTrue(Duration.between(now, next0800).toMinutes() > 10, "a reminder slot begins within 10 minutes");

        ServiceProcess second = stack.anotherInstance("termijn-service");
        try {
            // T3 (art 10.1, two weeks) from six weeks ago: it lapsed weeks ago, so its latest missed slot is due now
            Case lapsed = new Case();
            UUID eventId = lapsed.completed(LocalDate.now(AMSTERDAM).minusWeeks(6));

            await("the chair's reminder of the lapsed term").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250)).until(() -> remindersOf(chairDomain, lapsed).size() >= 1);
            // two instances each ticked every second while it was claimed and sent, and go on ticking
            await("no second reminder from the second instance").during(TICKS_OF_BOTH)
                    .atMost(TICKS_OF_BOTH.plusSeconds(5))
                    .pollInterval(Duration.ofMillis(250)).until(() -> remindersOf(chairDomain, lapsed).size() == 1);
            List<MimeMessage> first = remindersOf(chairDomain, lapsed);
            String messageId = first.get(0).getMessageID();
            assertThat(messageId).startsWith("<herinnering-").endsWith("@meldpunt.tweedekamer.nl>");
            // art 10.1 lapsed: escalated to the chair only (domain.md §6)
            assertThat(remindersOf(secretaryDomain, lapsed)).isEmpty();

            // a restart: the running instances go and the service starts again on the same database
            stack.stopInstance(second);
            second = null;
            stack.restart("termijn-service");
            Case marker = new Case();
            marker.completed(LocalDate.now(AMSTERDAM).minusWeeks(6));
            await("the restarted service ticks and sends").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250)).until(() -> remindersOf(chairDomain, marker).size() >= 1);
            await("no second reminder after the restart").during(SOME_TICKS).atMost(SOME_TICKS.plusSeconds(5))
                    .pollInterval(Duration.ofMillis(250)).until(() -> remindersOf(chairDomain, lapsed).size() == 1);

            // the same klacht event again (same ce_id), as Kafka redelivers it after a rebalance
            lapsed.completed(LocalDate.now(AMSTERDAM).minusWeeks(6), eventId);
            awaitConsumed(TERMIJN_KLACHT_GROUP, KLACHT_EVENTS);
            await("no second reminder after the redelivery").during(SOME_TICKS).atMost(SOME_TICKS.plusSeconds(5))
                    .pollInterval(Duration.ofMillis(250)).until(() -> remindersOf(chairDomain, lapsed).size() == 1);

            List<MimeMessage> all = remindersOf(chairDomain, lapsed);
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getMessageID()).isEqualTo(messageId);
            assertThat(remindersOf(chairDomain, marker)).hasSize(1);
            assertThat(remindersOf(secretaryDomain, lapsed)).isEmpty();
            // each reminder went out in seconds: no send of any instance waited for the mailer's timeout (a stalled
            // SMTP connection) and went into the retry minutes later
            for (String instance : List.of("termijn-service", "termijn-service-2", "termijn-service-restarted")) {
                assertThat(stack.logLines(instance)).as(instance + " log").noneMatch(
                        line -> line.contains("not sent (") && line.contains("TimeoutException"));
            }
        } finally {
            if (second != null) {
                stack.stopInstance(second);
            }
        }
    }

    /** A complaint of its own tenant, known to termijn-service only from the events klacht-service would send. */
    private static final class Case {
        final UUID caseId = UUID.randomUUID();
        final String reference = "K-E2E-" + caseId.toString().substring(0, 8).toUpperCase();
        final String tenant = "e2e-" + caseId.toString().substring(0, 8);

        /** The complaint became complete (art 9.3 answered): T3 runs from then; no other term of it is open. */
        UUID completed(LocalDate completeOn) {
            return completed(completeOn, UUID.randomUUID());
        }

        UUID completed(LocalDate completeOn, UUID eventId) {
            String json = "{\"caseId\":\"" + caseId + "\",\"caseReference\":\"" + reference + "\",\"tenantId\":\""
                    + tenant + "\",\"requestId\":\"" + caseId + "\",\"receivedOn\":\"" + completeOn
                    + "\",\"completeOn\":\"" + completeOn + "\"}";
            return TopicWriter.send(KLACHT_EVENTS, caseId.toString(), eventId, "/meldpunt/klacht-service",
                    AANVULLING_ONTVANGEN, tenant, reference, json);
        }
    }

    /**
     * The reminders about a case that reached the mailboxes of a domain (termijn-service's own message ids, the
     * reference in the subject); notificatie-service's mails about the same case's steps are not reminders.
     */
    private static List<MimeMessage> remindersOf(String domain, Case c) throws MessagingException {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : stack.mail.getReceivedMessagesForDomain(domain)) {
            if (m.getSubject() != null && m.getSubject().contains(c.reference) && m.getMessageID() != null
                    && m.getMessageID().startsWith("<herinnering-")) {
                found.add(m);
            }
        }
        return found;
    }

    /** Waits until a consumer group has committed every message on the topic so far: they were handled. */
    private static void awaitConsumed(String group, String topic) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(
                Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()))) {
            Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
            Map<TopicPartition, Long> ends = admin
                    .listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await(group + " handled every message on " + topic).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250)).until(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                                .partitionsToOffsetAndMetadata().get();
                        return ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                                || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
                    });
        }
    }
}
