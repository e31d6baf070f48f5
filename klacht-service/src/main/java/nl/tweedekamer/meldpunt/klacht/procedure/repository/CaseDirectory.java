package nl.tweedekamer.meldpunt.klacht.procedure.repository;

import static nl.tweedekamer.meldpunt.klacht.persistence.NativeRows.uuid;
import static nl.tweedekamer.meldpunt.klacht.persistence.NativeRows.text;
import static nl.tweedekamer.meldpunt.klacht.persistence.NativeRows.date;
import static nl.tweedekamer.meldpunt.klacht.persistence.NativeRows.timestamp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.tweedekamer.meldpunt.klacht.crypto.KlachtKeys;
import nl.tweedekamer.meldpunt.klacht.crypto.SealedCaseRow;
import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.DeclarationHistory;
import nl.tweedekamer.meldpunt.klacht.persistence.NativeRows;

/**
 * The few questions about complaints that cross tenants, each re-applying the asker's rule in its WHERE
 * clause (architecture.md, Security): which tenant a case lives in, the commission's worklist (without the
 * cases a member is replaced in), a party's own cases, an employer's cases from its involvement on, and the
 * declarations of another tenant. Each runs in its own short transaction, before the request's session opens
 * with the case's tenant.
 */
@ApplicationScoped
public class CaseDirectory {

    /** A line of a worklist: nothing personal, nothing of the content. */
    public record CaseRef(UUID id, String reference, String tenantId, String status, LocalDate filedOn) {
    }

    public record Contact(String id, String email, String tenantId) {
    }

    private static final String CASE_COLUMNS = "k.id, k.reference, k.tenant_id, k.status, k.filed_on";

    @Inject
    EntityManager em;

    @Inject
    KlachtKeys keys;

    public Optional<String> tenantOf(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT tenant_id FROM klacht WHERE id = ?1").setParameter(1, caseId)
                .getResultStream().findFirst().map(String::valueOf));
    }

    /** Commission members and secretary see every filed complaint, except where the member is replaced or objected to (art 7.8). */
    public List<CaseRef> forCommission(UUID personId) {
        return refs("SELECT " + CASE_COLUMNS + " FROM klacht k WHERE k.status <> 'CONCEPT'"
                + " AND NOT EXISTS (SELECT 1 FROM klacht_zetel z WHERE z.klacht_id = k.id AND z.seat = 'UITGESLOTEN'"
                + " AND z.person_id = ?1)"
                // art 7.8: nor while an objection to the member (a possible involvement) waits for its decision
                + " AND NOT EXISTS (SELECT 1 FROM klacht_bezwaar b WHERE b.klacht_id = k.id AND b.outcome IS NULL"
                + " AND b.member_id = ?1) ORDER BY k.filed_on DESC, k.reference DESC", personId);
    }

    /** A complainant's drafts and complaints, and the complaints an accused was linked to on admissibility. */
    public List<CaseRef> forParty(UUID personId) {
        return refs("SELECT " + CASE_COLUMNS + " FROM klacht k WHERE k.complainant_id = ?1"
                + " OR (k.admissible = TRUE AND EXISTS (SELECT 1 FROM klacht_aangeklaagde a WHERE a.klacht_id = k.id"
                + " AND a.person_id = ?1)) ORDER BY k.created_at DESC", personId);
    }

    /**
     * An employer's cases: only where it is the employer involved, from the advice on (domain.md §1), and only for
     * the person who decides for it in that case (domain.md §10.2).
     */
    public List<CaseRef> forEmployer(String employerTenantId, UUID personId) {
        return refs("SELECT " + CASE_COLUMNS + " FROM klacht k JOIN klacht_werkgever w ON w.klacht_id = k.id"
                + " WHERE w.employer_tenant_id = ?1 AND w.advice_received_on IS NOT NULL AND w.recipient_id = ?2"
                + " ORDER BY w.advice_received_on DESC", employerTenantId, personId);
    }

    /**
     * Art 12.4: the requests for temporary measures addressed to an employer, for the person who decides for it in
     * that case (domain.md §10.2): reference and request only.
     */
    public List<nl.tweedekamer.meldpunt.klacht.procedure.mapping.KlachtViews.TemporaryMeasureRequest> temporaryMeasuresFor(
            String employerTenantId, UUID deciderId) {
        return QuarkusTransaction.requiringNew().call(() -> NativeRows.rows(em, "SELECT v.id, v.klacht_id, k.reference, v.concerns,"
                + " v.reason, v.request_text, v.requested_on, v.measures_text, v.commission_consulted_on, v.measures_on,"
                + " v.sealed FROM tijdelijke_voorziening v JOIN klacht k ON k.id = v.klacht_id" + DECIDER_OF_REQUEST
                + " ORDER BY v.requested_on DESC", employerTenantId, deciderId).stream()
                .map(r -> {
                    String scope = "voorziening/" + uuid(r[0]);
                    boolean sealed = Boolean.TRUE.equals(r[10]);
                    return new nl.tweedekamer.meldpunt.klacht.procedure.mapping.KlachtViews.TemporaryMeasureRequest(
                            uuid(r[0]), uuid(r[1]), text(r[2]), text(r[3]), text(r[4]), open(uuid(r[1]), scope, sealed, "requestText", r[5]),
                            date(r[6]), open(uuid(r[1]), scope, sealed, "measuresText", r[7]), date(r[8]), date(r[9]));
                })
                .toList());
    }

    public Optional<String> tenantOfTemporaryMeasure(UUID requestId, String employerTenantId, UUID deciderId) {
        return QuarkusTransaction.requiringNew().call(() -> NativeRows.rows(em,
                "SELECT v.tenant_id FROM tijdelijke_voorziening v" + DECIDER_OF_REQUEST + " AND v.id = ?3",
                employerTenantId, deciderId, requestId).stream().findFirst().map(r -> String.valueOf(r[0])));
    }

    /** Domain.md §10.2: a request is read by the person who decides for its employer in its case, nobody else. */
    private static final String DECIDER_OF_REQUEST = " JOIN klacht_werkgever w ON w.klacht_id = v.klacht_id"
            + " AND w.employer_tenant_id = v.employer_tenant_id WHERE v.employer_tenant_id = ?1 AND w.recipient_id = ?2";

    /** Another tenant's declarations, to ask {@link DeclarationHistory} which one is in force. */
    public DeclarationHistory declarationsOf(String tenantId) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> NativeRows.rows(em,
                "SELECT id, effective_from, submitted_at, withdrawn_from, remedies_period_weeks FROM declaration"
                        + " WHERE tenant_id = ?1", tenantId));
        List<Declaration> declarations = new ArrayList<>();
        for (Object[] row : rows) {
            Declaration d = new Declaration();
            d.id = uuid(row[0]);
            d.effectiveFrom = date(row[1]);
            d.submittedAt = timestamp(row[2]);
            d.withdrawnFrom = date(row[3]);
            d.remediesPeriodWeeks = ((Number) row[4]).intValue();
            declarations.add(d);
        }
        return new DeclarationHistory(declarations);
    }

    /**
     * A person klacht-service knows as a party of a case, a named advice recipient or a rostered member of staff
     * with a login: the address they gave in their first filed case, else their work address. Where a case is
     * concerned, ask {@code /internal/cases/{caseId}/persons/{personId}/contact} instead: it answers that case's.
     */
    public Optional<Contact> personContact(UUID personId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // each: the address, its tenant, the case, the row's scope within the case, whether sealed, the column
            for (String sql : List.of(
                    // a filed klaagschrift only: a draft's address is not yet given to the commission
                    "SELECT complainant_email, tenant_id, id, 'klacht', sealed, 'complainantEmail' FROM klacht"
                            + " WHERE complainant_id = ?1 AND complainant_email IS NOT NULL AND status <> 'CONCEPT'"
                            + " ORDER BY filed_on, created_at",
                    "SELECT email, employer_tenant_id, klacht_id, CONCAT('aangeklaagde/', id), sealed, 'email'"
                            + " FROM klacht_aangeklaagde WHERE person_id = ?1 AND email IS NOT NULL",
                    "SELECT recipient_email, employer_tenant_id, klacht_id, CONCAT('werkgever/', id), sealed,"
                            + " 'recipientEmail' FROM klacht_werkgever WHERE recipient_id = ?1 AND recipient_email IS NOT NULL",
                    "SELECT work_email, tenant_id, NULL, NULL, FALSE, NULL FROM roster_entry"
                            + " WHERE subject = ?2 OR person_id = ?1")) {
                List<Object[]> found = sql.contains("?2") ? NativeRows.rows(em, sql, personId, personId.toString()) : NativeRows.rows(em, sql, personId);
                if (!found.isEmpty()) {
                    Object[] r = found.get(0);
                    String email = open(uuid(r[2]), text(r[3]), Boolean.TRUE.equals(r[4]), text(r[5]), r[0]);
                    return Optional.of(new Contact(personId.toString(), email, String.valueOf(r[1])));
                }
            }
            return Optional.<Contact>empty();
        });
    }

    /** A value read by a native query from a row of a complaint file: opened with the case's data key if sealed. */
    private String open(UUID caseId, String scope, boolean sealed, String column, Object stored) {
        String value = text(stored);
        return sealed && value != null ? keys.open(caseId, SealedCaseRow.column(scope, column), value) : value;
    }

    /** A person on an employer's roster, as the secretary sees them when linking an accused: name and function. */
    public record RosterMatch(UUID linkId, String name, String function) {
    }

    /**
     * Domain.md §10.3: the person on this tenant's roster with this login or roster id; its {@code linkId} is the
     * login when it is a pseudonymous id, else the roster id.
     */
    public Optional<RosterMatch> onRoster(String tenantId, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> NativeRows.rows(em,
                "SELECT person_id, subject, name, function_title FROM roster_entry WHERE tenant_id = ?1"
                        + " AND (subject = ?2 OR person_id = ?3)", tenantId, id.toString(), id).stream()
                .findFirst().map(CaseDirectory::match));
    }

    /** Domain.md §10.3: a name search in one employer's roster, at most 20 people. */
    public List<RosterMatch> searchRoster(String tenantId, String name) {
        String pattern = "%" + name.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "")
                .replace("_", "") + "%";
        return QuarkusTransaction.requiringNew().call(() -> NativeRows.rows(em,
                "SELECT person_id, subject, name, function_title FROM roster_entry WHERE tenant_id = ?1"
                        + " AND LOWER(name) LIKE ?2 ORDER BY name, person_id", tenantId, pattern).stream()
                .limit(20).map(CaseDirectory::match).toList());
    }

    private static RosterMatch match(Object[] r) {
        UUID linkId = uuid(r[0]);
        String subject = text(r[1]);
        if (subject != null) {
            try {
                linkId = UUID.fromString(subject);
            } catch (IllegalArgumentException e) {
                // a login that is no pseudonymous id: link the roster id
            }
        }
        return new RosterMatch(linkId, text(r[2]), text(r[3]));
    }

    /** A rostered person's work address in a tenant, found by their login. */
    public Optional<String> rosterEmail(String tenantId, UUID subject) {
        return QuarkusTransaction.requiringNew().call(() -> NativeRows.rows(em,
                "SELECT work_email FROM roster_entry WHERE tenant_id = ?1 AND (subject = ?2 OR person_id = ?3)",
                tenantId, subject.toString(), subject).stream().findFirst().map(r -> String.valueOf(r[0])));
    }

    private List<CaseRef> refs(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> NativeRows.rows(em, sql, parameters).stream()
                .map(r -> new CaseRef(uuid(r[0]), text(r[1]), text(r[2]), text(r[3]), date(r[4])))
                .toList());
    }
}
