package nl.tweedekamer.meldpunt.klacht.commissie.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.tweedekamer.meldpunt.klacht.commissie.CommissionFunction;
import nl.tweedekamer.meldpunt.klacht.commissie.service.CommissionComposition;
import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * The addresses of the commission's current appointees, for termijn- and notificatie-service at the moment they
 * send (architecture.md, Messaging): reminders go to the secretary and chair, escalations to the chair.
 */
@Path("/internal/commission/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
public class CommissionContactResource {

    @Inject
    CommissionComposition composition;

    @GET
    @Operation(summary = "The current holders of a function: [{id, email}] (internal); empty when the seat is vacant")
    public List<Contact> byFunction(@QueryParam("function") String functionName) {
        CommissionFunction function;
        try {
            function = CommissionFunction.valueOf(functionName == null ? "" : functionName);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("function", "required: one of CHAIR, DEPUTY_CHAIR, MEMBER, "
                    + "DEPUTY_MEMBER, SECRETARY");
        }
        return composition.current(function).stream()
                .map(a -> new Contact(a.personId().toString(), a.workEmail())).toList();
    }
}
