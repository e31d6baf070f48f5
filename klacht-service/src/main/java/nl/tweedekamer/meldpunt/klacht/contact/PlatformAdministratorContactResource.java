package nl.tweedekamer.meldpunt.klacht.contact;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * The platform administrators' address (the Griffie's functional mailbox), configured rather than stored:
 * {@code meldpunt.platform.administrators-email}, one address or several separated by commas.
 */
@Path("/internal/platform/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
public class PlatformAdministratorContactResource {

    static final String ID = "platform-administrators";

    @ConfigProperty(name = "meldpunt.platform.administrators-email")
    List<String> addresses;

    @GET
    @Path("administrators")
    @Operation(summary = "The platform administrators' address(es): [{id, email}] (internal)")
    public List<Contact> administrators() {
        List<String> emails = addresses.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            contacts.add(new Contact(emails.size() == 1 ? ID : ID + "-" + (i + 1), emails.get(i)));
        }
        return contacts;
    }
}
