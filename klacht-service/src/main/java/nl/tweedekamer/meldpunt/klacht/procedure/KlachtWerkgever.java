package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import nl.tweedekamer.meldpunt.klacht.crypto.Confidential;
import nl.tweedekamer.meldpunt.klacht.crypto.SealedCaseRow;

/**
 * An employer of a case and the one person who decides for it (domain.md §10.2), from the moment the commission
 * confirmed or named that person: at admissibility, or on a request for temporary measures (art 12.4). The employer
 * is involved from the moment the commission's advice reached it (domain.md §1): each accused's employer (art 12.2),
 * or the complainant's employer for inadmissibility (art 10.4). It decides (art 13) and may extend its term (13.3).
 */
@Entity
@Table(name = "klacht_werkgever")
public class KlachtWerkgever extends SealedCaseRow {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false)
    public UUID klachtId;

    @Column(name = "employer_tenant_id", nullable = false)
    public String employerTenantId;

    /** Null until the advice reached it: only then is it involved. */
    @Column(name = "advice_received_on")
    public LocalDate adviceReceivedOn;

    /**
     * The decider (domain.md §10.2): the only person who reads the case as this employer, receives the advice and
     * the reminders, and decides. Their name is copied from the employer's roster; their address is looked up there.
     */
    @Column(name = "recipient_id")
    public UUID recipientId;

    @Column(name = "decider_named_on")
    public LocalDate deciderNamedOn;

    @Column(name = "recipient_name")
    @Confidential
    public String recipientName;

    @Column(name = "recipient_email")
    @Confidential
    public String recipientEmail;

    @Column(name = "extension_days", nullable = false)
    public int extensionDays;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_text")
    @Confidential
    public String decisionText;

    public static List<KlachtWerkgever> of(UUID klachtId) {
        return list("klachtId = ?1 order by employerTenantId", klachtId);
    }

    @Override
    protected UUID caseId() {
        return klachtId;
    }

    @Override
    protected String tenant() {
        return tenantId;
    }

    @Override
    protected String scope() {
        return "werkgever/" + id;
    }

    public String getRecipientName() {
        return open("recipientName", recipientName);
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = seal("recipientName", recipientName);
    }

    public String getRecipientEmail() {
        return open("recipientEmail", recipientEmail);
    }

    public void setRecipientEmail(String recipientEmail) {
        this.recipientEmail = seal("recipientEmail", recipientEmail);
    }

    public String getDecisionText() {
        return open("decisionText", decisionText);
    }

    public void setDecisionText(String decisionText) {
        this.decisionText = seal("decisionText", decisionText);
    }
}
