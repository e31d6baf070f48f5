package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service.OrganisationDirectory;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service.VertrouwenspersoonService;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;

/**
 * The public directory: the organisations that take meldingen today, each with the vertrouwenspersonen its people can
 * turn to, its departments and whether a complaint can name it (a declaration in force). Open on purpose, no token: the names of the vertrouwenspersonen are public , names of units are no names of people, and an anonymous melder without any account (art 2.d) must be able
 * to choose. Names only: a vertrouwenspersoon's address is never shown here. Not rate-limited per address: it only
 * reads public names and writes nothing (the portal keeps it a minute).
 */
@Path("/organisaties")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class OrganisationDirectoryResource {

    /** An organisation as the directory shows it. */
    public record OrganisationView(String id, String name, boolean declarationInForce,
            List<Views.AvailableView> vertrouwenspersonen, List<TenantSnapshot.Department> departments) {
    }

    @Inject
    OrganisationDirectory directory;

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @GET
    @Operation(summary = "The organisations that take meldingen today (every active one), by name, with whether a "
            + "declaration is in force, the names of their vertrouwenspersonen and their departments; no sign-in")
    public List<OrganisationView> organisations() {
        LocalDate today = vertrouwenspersonen.today();
        return directory.takingMeldingen(today).stream()
                .map(o -> new OrganisationView(o.id(), o.name(), o.declarationInForce(),
                        o.vertrouwenspersonen().stream().map(vp -> Views.AvailableView.of(vp, today)).toList(),
                        o.departments()))
                .toList();
    }
}
