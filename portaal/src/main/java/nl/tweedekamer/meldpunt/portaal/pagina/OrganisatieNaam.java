package nl.tweedekamer.meldpunt.portaal.pagina;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;
import nl.tweedekamer.meldpunt.portaal.klacht.KlachtServiceClient;
import nl.tweedekamer.meldpunt.portaal.melding.Organisatie;
import nl.tweedekamer.meldpunt.portaal.melding.OrganisatieGids;
import nl.tweedekamer.meldpunt.portaal.melding.Weigering;

/**
 * An organisation's name for the administration's pages: from the portal's configured list, else as klacht-service
 * registered it (an organisation that joined after the portal was configured), else its code.
 */
@RequestScoped
public class OrganisatieNaam {

    @Inject
    OrganisatieGids gids;

    @Inject
    Aanmelding aanmelding;

    @Inject
    @RestClient
    KlachtServiceClient klacht;

    public String van(String tenantId) {
        return gids.organisatie(tenantId).map(Organisatie::naam).orElseGet(() -> {
            try {
                return klacht.organisatie(aanmelding.bearer(), tenantId).name();
            } catch (Weigering | ProcessingException e) {
                return tenantId;
            }
        });
    }
}
