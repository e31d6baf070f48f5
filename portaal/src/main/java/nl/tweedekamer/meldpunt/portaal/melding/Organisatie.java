package nl.tweedekamer.meldpunt.portaal.melding;

import java.util.List;

import io.quarkus.qute.TemplateData;

import nl.tweedekamer.meldpunt.portaal.melding.MeldingDtos.Vertrouwenspersoon;

/**
 * An organisation (tenant) that takes meldingen today, as melding-service's public directory lists it, and the
 * vertrouwenspersonen its people can turn to today. {@code afdelingen}: its departments, a melder picks one or none
 * (empty when it keeps no list). {@code verklaard}: its declaration that the regulation applies is in force today, which
 * a complaint needs (a melding does not: the pool is open to everyone).
 */
@TemplateData
public record Organisatie(String id, String naam, boolean verklaard, List<Vertrouwenspersoon> vertrouwenspersonen,
        List<Afdeling> afdelingen) {

    /** A department as the organisation names it. */
    @TemplateData
    public record Afdeling(String code, String name) {
    }

    static Organisatie uit(MeldingDtos.Gidsregel regel) {
        return new Organisatie(regel.id(), regel.name(), regel.declarationInForce(),
                regel.vertrouwenspersonen() == null ? List.of() : List.copyOf(regel.vertrouwenspersonen()),
                regel.departments() == null ? List.of() : List.copyOf(regel.departments()));
    }

    public boolean heeftAfdeling(String code) {
        return afdelingen.stream().anyMatch(a -> a.code().equals(code));
    }
}
