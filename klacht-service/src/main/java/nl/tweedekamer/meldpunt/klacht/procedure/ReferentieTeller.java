package nl.tweedekamer.meldpunt.klacht.procedure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last case number given in a year, across all tenants (a reference is unique on the platform). */
@Entity
@Table(name = "klacht_referentie_teller")
public class ReferentieTeller extends PanacheEntityBase {

    @Id
    public Integer jaar;

    @Column(nullable = false)
    public int laatste;
}
