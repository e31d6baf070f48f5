package nl.tweedekamer.meldpunt.klacht.procedure;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import nl.tweedekamer.meldpunt.klacht.crypto.Confidential;
import nl.tweedekamer.meldpunt.klacht.crypto.SealedCaseRow;

/** An accused named in the klaagschrift (art 9.1.c), with their employer; linked to a login at admissibility. */
@Entity
@Table(name = "klacht_aangeklaagde")
public class Aangeklaagde extends SealedCaseRow {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "klacht_id", nullable = false)
    public UUID klachtId;

    @Column(name = "seq_no", nullable = false)
    public int seqNo;

    @Column(nullable = false)
    @Confidential
    public String name;

    @Column(name = "function_title")
    @Confidential
    public String functionTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Relatie relation;

    @Column(name = "employer_tenant_id")
    public String employerTenantId;

    /** The accused's login identity; the secretary links it on admissibility (domain.md §5.12). */
    @Column(name = "person_id")
    public UUID personId;

    @Confidential
    public String email;

    public static List<Aangeklaagde> of(UUID klachtId) {
        return list("klachtId = ?1 order by seqNo", klachtId);
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
        return "aangeklaagde/" + id;
    }

    public String getName() {
        return open("name", name);
    }

    public void setName(String name) {
        this.name = seal("name", name);
    }

    public String getFunctionTitle() {
        return open("functionTitle", functionTitle);
    }

    public void setFunctionTitle(String functionTitle) {
        this.functionTitle = seal("functionTitle", functionTitle);
    }

    public String getEmail() {
        return open("email", email);
    }

    public void setEmail(String email) {
        this.email = seal("email", email);
    }
}
