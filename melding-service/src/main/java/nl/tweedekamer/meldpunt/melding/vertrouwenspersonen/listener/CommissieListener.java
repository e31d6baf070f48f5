package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.listener;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Commissielid;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service.VertrouwenspersoonService;
import nl.tweedekamer.meldpunt.platform.event.EventHandler;
import nl.tweedekamer.meldpunt.platform.event.InboundEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.tenant.TenantContext;

/**
 * Keeps who sits on the klachtencommissie, from klacht-service's appointment events (asyncapi.yaml
 * CommissielidBenoemd, CommissielidOntslagen), so that art 4.5 can refuse to appoint a member as VP.
 */
@ApplicationScoped
public class CommissieListener implements EventHandler {

    public static final String BENOEMD = "nl.tweedekamer.klacht.commissielid-benoemd.v1";
    public static final String ONTSLAGEN = "nl.tweedekamer.klacht.commissielid-ontslagen.v1";

    record Benoemd(UUID appointmentId, UUID personId, LocalDate appointedFrom, LocalDate appointedUntil) {
    }

    record Ontslagen(UUID appointmentId, UUID personId, LocalDate endedOn) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @Inject
    TenantContext tenantContext;

    /**
     * A fractie's own appointment is tenant data, and Hibernate fixes a session's tenant when it opens: each tenant's
     * appointment ends in a transaction of its own, within that tenant. A redelivered event finds none open.
     */
    private void endOwnAppointments(Commissielid seat) {
        String eventTenant = tenantContext.tenantId();
        try {
            for (String tenantId : vertrouwenspersonen.tenantsWithOpenOwn(seat.personId)) {
                tenantContext.set(tenantId);
                QuarkusTransaction.requiringNew().run(() -> vertrouwenspersonen.endOnCommissionSeat(
                        VertrouwenspersoonKind.EIGEN, seat));
            }
        } finally {
            tenantContext.set(eventTenant);
        }
    }

    @Override
    public String name() {
        return "commissie";
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.KLACHT_EVENTS);
    }

    @Override
    public void handle(InboundEvent event) {
        if (BENOEMD.equals(event.type())) {
            Benoemd b = event.dataAs(mapper, Benoemd.class);
            Commissielid seat = Commissielid.findById(b.appointmentId());
            if (seat == null) {
                seat = new Commissielid();
                seat.appointmentId = b.appointmentId();
                seat.personId = b.personId();
                seat.appointedFrom = b.appointedFrom();
                seat.persist();
            }
            // a renewal (art 6.2) repeats the appointment with its new last day
            seat.appointedUntil = b.appointedUntil();
            // art 4.5: a VP cannot also sit on the commission — neither in the pool nor as a fractie's own VP —
            // as far as the VP's term and the seat's overlap
            vertrouwenspersonen.endOnCommissionSeat(VertrouwenspersoonKind.POOL, seat);
            endOwnAppointments(seat);
        } else if (ONTSLAGEN.equals(event.type())) {
            Ontslagen o = event.dataAs(mapper, Ontslagen.class);
            Commissielid seat = Commissielid.findById(o.appointmentId());
            if (seat == null) {
                seat = new Commissielid();
                seat.appointmentId = o.appointmentId();
                seat.personId = o.personId();
                seat.appointedFrom = o.endedOn();
                seat.persist();
            }
            seat.endedOn = o.endedOn();
        }
    }
}
