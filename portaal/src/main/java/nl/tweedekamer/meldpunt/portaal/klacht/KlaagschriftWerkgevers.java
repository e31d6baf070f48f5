package nl.tweedekamer.meldpunt.portaal.klacht;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.TemplateData;

/**
 * The organisations a complainant can name as an accused's employer: those on the platform whose people the
 * regulation can cover. No service lists them to a staff member yet, so the deployment names them, as it names the
 * organisations of the start page: {@code meldpunt.klaagschrift.werkgevers} (env
 * {@code MELDPUNT_KLAAGSCHRIFT_WERKGEVERS}, {@code id=Naam;id=Naam}), else the portal's own organisations
 * ({@code PORTAAL_ORGANISATIES}). Whether one declared the regulation applicable is klacht-service's to check at filing
 * (art 1); its refusal is said in words.
 */
@ApplicationScoped
public class KlaagschriftWerkgevers {

    @TemplateData
    public record Werkgever(String id, String naam) {
    }

    @ConfigProperty(name = "meldpunt.klaagschrift.werkgevers")
    Optional<String> werkgevers;

    @ConfigProperty(name = "meldpunt.portaal.organisaties")
    Optional<String> organisaties;

    public List<Werkgever> alle() {
        return lees(werkgevers.filter(s -> !s.isBlank()).or(() -> organisaties).orElse(""));
    }

    /** The name people know the organisation by; its id when the deployment names none. */
    public String naam(String id) {
        return alle().stream().filter(w -> w.id().equals(id)).map(Werkgever::naam).findFirst().orElse(id);
    }

    public boolean bekend(String id) {
        return alle().stream().anyMatch(w -> w.id().equals(id));
    }

    static List<Werkgever> lees(String lijst) {
        List<Werkgever> uit = new ArrayList<>();
        for (String paar : lijst.split(";")) {
            int is = paar.indexOf('=');
            if (is > 0) {
                String id = paar.substring(0, is).strip();
                String naam = paar.substring(is + 1).strip();
                if (id.matches("[a-z0-9-]{1,64}") && !naam.isEmpty() && uit.stream().noneMatch(w -> w.id().equals(id))) {
                    uit.add(new Werkgever(id, naam));
                }
            }
        }
        return List.copyOf(uit);
    }
}
