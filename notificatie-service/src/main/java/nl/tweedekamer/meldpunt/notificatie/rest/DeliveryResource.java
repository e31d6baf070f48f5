package nl.tweedekamer.meldpunt.notificatie.rest;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import nl.tweedekamer.meldpunt.notificatie.Delivery;
import nl.tweedekamer.meldpunt.notificatie.NotificationIntent;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;
import nl.tweedekamer.meldpunt.platform.security.Roles;

/**
 * The delivery log for technical operations (the role {@code operator}, not the platform administrators): per email the recipient's role, a keyed hash of the address,
 * the state, attempts and times. Never an address, a name or any content, and no case reference.
 */
@Path("/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryResource {

    public record DeliveryView(UUID id, String eventType, String template, String recipientRole, String addressHash,
            String state, int attempts, OffsetDateTime createdAt, OffsetDateTime lastAttemptAt,
            OffsetDateTime nextAttemptAt, OffsetDateTime sentAt) {
    }

    @GET
    public List<DeliveryView> list(@QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalidField("limit", "must be between 1 and 500");
        }
        Page page = Page.ofSize(limit);
        Sort newestFirst = Sort.descending("createdAt");
        List<Delivery> deliveries;
        if (state == null || state.isBlank()) {
            deliveries = Delivery.findAll(newestFirst).page(page).list();
        } else {
            Delivery.State wanted = Arrays.stream(Delivery.State.values()).filter(s -> s.name().equals(state))
                    .findFirst().orElseThrow(() -> ProblemException.invalidField("state",
                            "must be one of " + Arrays.toString(Delivery.State.values())));
            deliveries = Delivery.find("state", newestFirst, wanted).page(page).list();
        }
        return deliveries.stream().map(DeliveryResource::view).toList();
    }

    public record NotificationView(UUID id, String eventType, String template, String recipientRole, String state,
            int attempts, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime resolvedAt) {
    }

    /**
     * What was to be told and to whom, before it became deliveries: PLANNED (waiting for the owning service's
     * lookup), RESOLVED, or NO_RECIPIENT (the lookup named nobody, e.g. an anonymous reporter).
     */
    @GET
    @Path("/notifications")
    public List<NotificationView> notifications(@QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalidField("limit", "must be between 1 and 500");
        }
        Page page = Page.ofSize(limit);
        Sort newestFirst = Sort.descending("createdAt");
        List<NotificationIntent> intents;
        if (state == null || state.isBlank()) {
            intents = NotificationIntent.findAll(newestFirst).page(page).list();
        } else {
            NotificationIntent.State wanted = Arrays.stream(NotificationIntent.State.values())
                    .filter(s -> s.name().equals(state)).findFirst().orElseThrow(() -> ProblemException.invalidField(
                            "state", "must be one of " + Arrays.toString(NotificationIntent.State.values())));
            intents = NotificationIntent.find("state", newestFirst, wanted).page(page).list();
        }
        return intents.stream().map(i -> new NotificationView(i.id, i.eventType, i.template.name(),
                i.recipientRole.name(), i.state.name(), i.attempts, i.createdAt, i.nextAttemptAt, i.resolvedAt)).toList();
    }

    private static DeliveryView view(Delivery d) {
        NotificationIntent intent = NotificationIntent.findById(d.intentId);
        return new DeliveryView(d.id, intent.eventType, intent.template.name(), d.recipientRole.name(), d.addressHash,
                d.state.name(), d.attempts, d.createdAt, d.lastAttemptAt, d.nextAttemptAt, d.sentAt);
    }
}
