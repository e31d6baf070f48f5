package nl.tweedekamer.meldpunt.klacht.commissie;

import static nl.tweedekamer.meldpunt.klacht.support.Commission.admin;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.appoint;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.appointment;
import static nl.tweedekamer.meldpunt.klacht.support.Commission.window;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;
import nl.tweedekamer.meldpunt.testing.TopicReader;

/** A commission member's name and address never reach a log line or an event, whatever happens to the request. */
@QuarkusTest
@WithTestResource(MeldpuntTestResources.class)
class CommissionLogPrivacyTests {

    @Test
    void aPlantedNameAndAddressAppearInNoLogLineAndNoEvent() {
        String name = "Geheime Naam " + UUID.randomUUID().toString().substring(0, 6);
        String email = "geheim-" + UUID.randomUUID().toString().substring(0, 6) + "@planted.example.nl";
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (record.getParameters() != null) {
                    message = message + " " + List.of(record.getParameters());
                }
                lines.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Logger.getLogger(CommissionLogPrivacyTests.class.getName()).warning("capture-probe");
            LocalDate from = window();
            UUID person = UUID.randomUUID();
            Map<String, Object> body = appointment(person, "MEMBER", "CIVIL_SERVICE", true, from);
            body.put("name", name);
            body.put("workEmail", email);
            String id = appoint(body);
            admin().body(body).post("/commission/appointments").then().statusCode(409); // refused: seat filled
            Map<String, Object> broken = appointment("MEMBER", null, true, from);
            broken.put("name", name);
            broken.put("workEmail", email);
            admin().body(broken).post("/commission/appointments").then().statusCode(400);
            admin().post("/commission/appointments/{id}/renewal", id).then().statusCode(200);
            admin().body(Map.of("reason", "OTHER")).post("/commission/appointments/{id}/end", id).then().statusCode(200);

            List<TopicReader.Event> events = CommissionAppointmentTests.awaitEvents(person, 3);
            assertThat(events).allSatisfy(e -> assertThat(e.json()).doesNotContain(name, email));
            assertThat(TopicReader.all(Topics.KLACHT_EVENTS)).allSatisfy(e -> assertThat(e.json())
                    .doesNotContain(name, email, "planted.example.nl"));
        } finally {
            root.removeHandler(capture);
        }
        assertThat(lines).as("the capture sees the application's log").anyMatch(l -> l.contains("capture-probe"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(name, email, "planted.example.nl"));
    }
}
