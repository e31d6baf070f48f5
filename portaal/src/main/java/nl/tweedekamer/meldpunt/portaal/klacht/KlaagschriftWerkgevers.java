package nl.tweedekamer.meldpunt.portaal.klacht;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.TemplateData;

import nl.tweedekamer.meldpunt.portaal.melding.Organisatie;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;

/**
 * The organisations a complainant can name as an accused's employer: those of melding-service's public directory
 * whose declaration is in force today (docs/domain.md, "Organisations and their declaration": a declaration in force
 * is needed for each accused's employer); one that declares is offered once the directory has it, without any
 * setting. klacht-service checks the declaration again at filing; its refusal is said in words.
 */
@ApplicationScoped
public class KlaagschriftWerkgevers {

    @TemplateData
    public record Werkgever(String id, String naam) {
    }

    @Inject
    OrganisatieGids gids;

    public List<Werkgever> alle() {
        return gids.organisaties().stream().filter(Organisatie::verklaard).map(o -> new Werkgever(o.id(), o.naam()))
                .toList();
    }

    /** The name people know the organisation by; its id when the directory does not list it (now). */
    public String naam(String id) {
        return alle().stream().filter(w -> w.id().equals(id)).map(Werkgever::naam).findFirst().orElse(id);
    }

    public boolean bekend(String id) {
        return alle().stream().anyMatch(w -> w.id().equals(id));
    }
}
