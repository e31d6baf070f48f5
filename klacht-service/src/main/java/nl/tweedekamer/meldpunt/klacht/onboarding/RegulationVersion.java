package nl.tweedekamer.meldpunt.klacht.onboarding;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A version of the Klachtenregeling that tenants can declare applicable. Shared by all tenants. */
@Entity
@Table(name = "regulation_version")
public class RegulationVersion extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String title;

    @Column(name = "in_force_from", nullable = false)
    public LocalDate inForceFrom;

    @Column(nullable = false)
    public String source;
}
