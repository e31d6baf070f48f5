package nl.tweedekamer.meldpunt.portaal.pagina;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.tweedekamer.meldpunt.portaal.aanmelding.Aanmelding;

/** Whether the signed-in person holds the employer role, for "Mijn overzicht" ({@code inject:werkgeverRol}). */
@Named("werkgeverRol")
@RequestScoped
public class WerkgeverRol {

    @Inject
    Aanmelding aanmelding;

    public boolean isWerkgever() {
        return aanmelding.heeftRol(WerkgeverPaginas.WERKGEVER);
    }

    /** The page of the pattern signals the employer's organisation received, or null without an organisation. */
    public String getSignalen() {
        return aanmelding.tenant().map(nl.tweedekamer.meldpunt.portaal.contract.PortalRoutes::patroonsignalen)
                .orElse(null);
    }
}
