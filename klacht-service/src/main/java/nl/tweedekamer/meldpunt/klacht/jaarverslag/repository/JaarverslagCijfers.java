package nl.tweedekamer.meldpunt.klacht.jaarverslag.repository;

import static nl.tweedekamer.meldpunt.klacht.persistence.NativeRows.uuid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.tweedekamer.meldpunt.klacht.persistence.NativeRows;

/**
 * The questions the annual report (art 14) asks across tenants, deliberately: a complaint lives in the
 * complainant's tenant, but it also counts for the employer of each accused, and the commission's report covers
 * every employer. Each question reads only what the report counts — ids, tenants, dates, the category and the
 * kind of advice — never a name or a text. An employer's question re-applies its rule in the WHERE clause: only
 * complaints its own people filed or are accused in, only advice that reached it.
 */
@ApplicationScoped
public class JaarverslagCijfers {

    /** A filed complaint: where it lives, whom it accuses' employers are, its category. */
    public record Ontvangen(UUID id, String tenantId, Set<String> accusedEmployers, String category) {
    }

    /** An advice that reached an employer: to whom, and of what kind. */
    public record Gegeven(UUID klachtId, String employerTenantId, Boolean admissible, String nature) {
    }

    public record Organisatie(String id, String name) {
    }

    @Inject
    EntityManager em;

    /** Complaints filed (art 9.1) from {@code first} to {@code last}; for one employer only, or all when empty. */
    public List<Ontvangen> received(LocalDate first, LocalDate last, Optional<String> employer) {
        String filter = "k.status <> 'CONCEPT' AND k.filed_on >= ?1 AND k.filed_on <= ?2";
        String mine = " AND (k.tenant_id = ?3 OR EXISTS (SELECT 1 FROM klacht_aangeklaagde x"
                + " WHERE x.klacht_id = k.id AND x.employer_tenant_id = ?3))";
        String where = filter + (employer.isPresent() ? mine : "");
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, String[]> complaints = new LinkedHashMap<>();
            for (Object[] r : rows("SELECT k.id, k.tenant_id, k.category FROM klacht k WHERE " + where
                    + " ORDER BY k.filed_on", first, last, employer)) {
                complaints.put(uuid(r[0]), new String[] { String.valueOf(r[1]), r[2] == null ? null : r[2].toString() });
            }
            Map<UUID, Set<String>> accused = new LinkedHashMap<>();
            for (Object[] r : rows("SELECT a.klacht_id, a.employer_tenant_id FROM klacht_aangeklaagde a"
                    + " JOIN klacht k ON k.id = a.klacht_id WHERE a.employer_tenant_id IS NOT NULL AND " + where,
                    first, last, employer)) {
                accused.computeIfAbsent(uuid(r[0]), id -> new LinkedHashSet<>()).add(String.valueOf(r[1]));
            }
            List<Ontvangen> result = new ArrayList<>();
            complaints.forEach((id, c) -> result.add(new Ontvangen(id, c[0], accused.getOrDefault(id, Set.of()), c[1])));
            return result;
        });
    }

    /** Advice that reached an employer (art 10.4, 12.2) from {@code first} to {@code last}. */
    public List<Gegeven> given(LocalDate first, LocalDate last, Optional<String> employer) {
        String sql = "SELECT w.klacht_id, w.employer_tenant_id, k.admissible, k.advice_nature FROM klacht_werkgever w"
                + " JOIN klacht k ON k.id = w.klacht_id WHERE w.advice_received_on >= ?1 AND w.advice_received_on <= ?2"
                + (employer.isPresent() ? " AND w.employer_tenant_id = ?3" : "") + " ORDER BY w.advice_received_on";
        return QuarkusTransaction.requiringNew().call(() -> rows(sql, first, last, employer).stream()
                .map(r -> new Gegeven(uuid(r[0]), String.valueOf(r[1]), (Boolean) r[2],
                        r[3] == null ? null : r[3].toString()))
                .toList());
    }

    /** The organisations registered on the platform (names of employers, not of people). */
    public List<Organisatie> organisations() {
        return QuarkusTransaction.requiringNew().call(() -> rows("SELECT id, name FROM tenant ORDER BY id",
                null, null, Optional.empty()).stream().map(r -> new Organisatie(String.valueOf(r[0]), String.valueOf(r[1])))
                .toList());
    }

    private List<Object[]> rows(String sql, LocalDate first, LocalDate last, Optional<String> employer) {
        List<Object> parameters = new ArrayList<>();
        if (first != null) {
            parameters.add(first);
            parameters.add(last);
        }
        employer.ifPresent(parameters::add);
        return NativeRows.rows(em, sql, parameters.toArray());
    }

}
