package nl.tweedekamer.meldpunt.klacht.onboarding.rest;

import java.util.List;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.onboarding.RegulationVersion;

@Path("/regulations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RegulationResource {

    @GET
    @Operation(summary = "The versions of the Klachtenregeling that can be declared applicable")
    public List<Views.RegulationView> versions() {
        return RegulationVersion.<RegulationVersion>list("order by inForceFrom").stream()
                .map(Views.RegulationView::of).toList();
    }
}
