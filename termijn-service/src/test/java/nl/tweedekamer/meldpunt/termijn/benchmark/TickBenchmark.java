package nl.tweedekamer.meldpunt.termijn.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.termijn.reminder.service.ReminderTick;
import nl.tweedekamer.meldpunt.termijn.support.TestClock;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * Not a timed test: {@code ./mvnw -o -pl termijn-service verify -Pbenchmark} loads 10k, 100k and then 1M open
 * terms and measures one scheduler tick that finds and handles the 50 that are due, and one that finds none.
 * The tick's query uses the index on {@code next_action_at}, so its time should not grow with the number of open
 * terms, and resident memory should stay flat (it never loads the open terms).
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
class TickBenchmark {

    private static final int DUE_PER_ROUND = 50;

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    ReminderTick tick;

    @Test
    void oneTickOverTenThousandAHundredThousandAndAMillionOpenTerms() throws Exception {
        ContactLookupStub.contacts("/internal/commission/contacts?function=SECRETARY", "secretaris@commissie.example");
        ContactLookupStub.contacts("/internal/commission/contacts?function=CHAIR", "voorzitter@commissie.example");
        clock.setLocal("2030-01-07T09:00");
        Instant now = clock.instant();
        List<String> lines = new ArrayList<>();
        int loaded = 0;
        for (int target : new int[] { 10_000, 100_000, 1_000_000 }) {
            long t0 = System.nanoTime();
            insert(target - loaded, now, false);
            loaded = target;
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            insert(DUE_PER_ROUND, now, true);
            GreenMailResource.purge();
            System.gc();
            long rssBefore = rssKb();
            long t1 = System.nanoTime();
            ReminderTick.Result due = tick.tick();
            long dueMs = (System.nanoTime() - t1) / 1_000_000;
            long t2 = System.nanoTime();
            ReminderTick.Result empty = tick.tick();
            long emptyUs = (System.nanoTime() - t2) / 1_000;
            long rssAfter = rssKb();
            String line = String.format("open terms %,9d | load %6d ms | tick with %d due: %5d ms (find+claim %d ms,"
                    + " send %d ms; claimed %d, sent %d) | tick with none due: %6d us (%d found) | RSS %,d MB -> %,d MB",
                    target + DUE_PER_ROUND * (lines.size() + 1), loadMs, DUE_PER_ROUND, dueMs, due.claimMillis(),
                    due.sendMillis(), due.claimed(), due.sent(), emptyUs, empty.termsDue(), rssBefore / 1024,
                    rssAfter / 1024);
            lines.add(line);
            System.out.println("BENCHMARK " + line);
        }
        System.out.println("BENCHMARK query plan: " + plan(now));
        System.out.println("BENCHMARK summary:");
        lines.forEach(l -> System.out.println("BENCHMARK   " + l));
    }

    /** Open terms: far from due ({@code due = false}) or due now with a reminder 7 days before their due date. */
    private void insert(int count, Instant now, boolean due) throws Exception {
        String sql = "INSERT INTO termijn (id, soort, opening_key, tenant_id, case_id, case_reference, trigger_date,"
                + " trigger_event_id, basis_date, basis_length, basis_extension_days, extension_days_total, due_on,"
                + " computation, decree_known, state, reminder_days_before, reminder_on_due_day, reminder_after,"
                + " reminder_at, reminders_from, next_action_at, opened_at)"
                + " VALUES (?, 'T3', ?, 'bench', ?, ?, ?, 'bench', ?, 'P2W', 0, 0, ?, 'benchmark', TRUE, 'OPEN',"
                + " '7,2', TRUE, TRUE, '08:00', ?, ?, ?)";
        LocalDate dueOn = due ? LocalDate.parse("2030-01-14") : LocalDate.parse("2031-06-02");
        Timestamp from = Timestamp.from(Instant.parse("2029-12-31T00:00:00Z"));
        Timestamp next = due ? Timestamp.from(now.minus(1, ChronoUnit.HOURS))
                : Timestamp.from(Instant.parse("2031-05-26T06:00:00Z"));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ps.setObject(1, id);
                ps.setString(2, "bench:" + id);
                ps.setObject(3, UUID.randomUUID());
                ps.setString(4, "K-BENCH-" + (i % 10_000));
                ps.setObject(5, dueOn.minusWeeks(2));
                ps.setObject(6, dueOn.minusWeeks(2));
                ps.setObject(7, dueOn);
                ps.setTimestamp(8, from);
                ps.setTimestamp(9, next);
                ps.setTimestamp(10, from);
                ps.addBatch();
                if (i % 5_000 == 4_999) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private String plan(Instant now) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN SELECT id FROM termijn WHERE next_action_at <= TIMESTAMP WITH"
                        + " TIME ZONE '2030-01-07 08:00:00+00' ORDER BY next_action_at LIMIT 200")) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1).replaceAll("\\s+", " ")).append(' ');
            }
            return plan.toString().trim();
        }
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
