package nl.tweedekamer.meldpunt.klacht.procedure;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import nl.tweedekamer.meldpunt.klacht.crypto.Confidential;
import nl.tweedekamer.meldpunt.klacht.crypto.SealedCaseRow;

/**
 * A request for temporary measures (art 12.4). It goes to the employer of the person it concerns, who sees
 * the case reference and this request only, and records the measures after consulting the commission.
 */
@Entity
@Table(name = "tijdelijke_voorziening")
public class TijdelijkeVoorziening extends SealedCaseRow {

    public enum Betreft {
        KLAGER, AANGEKLAAGDE
    }

    public enum Reden {
        /** Art 12.4: the complainant's well-being requires it. */
        WELZIJN_KLAGER,
        /** Art 12.4: the situation is untenable for one or more of those directly involved. */
        ONHOUDBARE_SITUATIE
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false)
    public UUID klachtId;

    @Column(name = "employer_tenant_id", nullable = false)
    public String employerTenantId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Betreft concerns;

    @Column(name = "accused_id")
    public UUID accusedId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Reden reason;

    @Column(name = "request_text", nullable = false)
    @Confidential
    public String requestText;

    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "measures_text")
    @Confidential
    public String measuresText;

    @Column(name = "commission_consulted_on")
    public LocalDate commissionConsultedOn;

    @Column(name = "measures_on")
    public LocalDate measuresOn;

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
        return "voorziening/" + id;
    }

    public String getRequestText() {
        return open("requestText", requestText);
    }

    public void setRequestText(String requestText) {
        this.requestText = seal("requestText", requestText);
    }

    public String getMeasuresText() {
        return open("measuresText", measuresText);
    }

    public void setMeasuresText(String measuresText) {
        this.measuresText = seal("measuresText", measuresText);
    }
}
