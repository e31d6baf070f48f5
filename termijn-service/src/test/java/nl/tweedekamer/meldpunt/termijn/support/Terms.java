package nl.tweedekamer.meldpunt.termijn.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel;
import nl.tweedekamer.meldpunt.termijn.TermijnStap;
import nl.tweedekamer.meldpunt.termijn.reminder.Herinnering;

/** Reads terms straight from termijn-service's database, and waits for the consumers to get there. */
public final class Terms {

    private Terms() {
    }

    public static List<Termijn> ofCase(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> Termijn.ofCase(caseId));
    }

    public static List<Termijn> ofAppointment(UUID appointmentId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Termijn.<Termijn>list("appointmentId = ?1 order by openedAt", appointmentId));
    }

    public static List<TermijnStap> history(UUID termId) {
        return QuarkusTransaction.requiringNew().call(() -> TermijnStap.of(termId));
    }

    public static List<Herinnering> reminders(UUID termId) {
        return QuarkusTransaction.requiringNew().call(() -> Herinnering.of(termId));
    }

    /** Waits until the case has a term of this kind matching the condition, and returns it. */
    public static Termijn awaitTerm(UUID caseId, TermijnRegel soort, Predicate<Termijn> condition) {
        Termijn[] found = new Termijn[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            found[0] = ofCase(caseId).stream().filter(t -> t.soort == soort && condition.test(t)).reduce((a, b) -> b)
                    .orElse(null);
            return found[0] != null;
        });
        return found[0];
    }
}
