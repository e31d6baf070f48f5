package nl.tweedekamer.meldpunt.notificatie.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.notificatie.Lookup;
import nl.tweedekamer.meldpunt.notificatie.NotificationIntent;
import nl.tweedekamer.meldpunt.notificatie.event.DomainEvent;

/**
 * Turns an event into intents, one per recipient kind and lookup, in the event's inbox transaction: a
 * redelivered event is skipped by the inbox before it gets here, and the unique key (event, role, lookup)
 * guards the rest. Nothing is sent here; the {@link DeliverySender} does that.
 */
@ApplicationScoped
public class NotificationPlanner {

    private static final Logger LOG = Logger.getLogger(NotificationPlanner.class);

    @Transactional(Transactional.TxType.MANDATORY)
    public int plan(String eventId, String eventType, DomainEvent event) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int planned = 0;
        for (Recipients.Rule rule : Recipients.of(eventType)) {
            if (!rule.when().test(event)) {
                continue;
            }
            Set<Lookup> lookups = new LinkedHashSet<>(rule.lookups().apply(event));
            for (Lookup lookup : lookups) {
                if (lookup.arg().isEmpty() && needsArgument(lookup.kind())) {
                    LOG.warnf("Event %s of type %s lacks the id to find its %s; no email planned", eventId,
                            eventType, rule.role());
                    continue;
                }
                NotificationIntent intent = new NotificationIntent();
                intent.id = UUID.randomUUID();
                intent.eventId = eventId;
                intent.eventType = eventType;
                intent.template = rule.template();
                intent.recipientRole = rule.role();
                intent.lookupKind = lookup.kind();
                intent.lookupArg = lookup.arg();
                intent.caseReference = event.reference();
                intent.linkPath = event.linkPath();
                intent.namedDate = event.namedDate();
                intent.state = NotificationIntent.State.PLANNED;
                intent.attempts = 0;
                intent.createdAt = now;
                intent.nextAttemptAt = now;
                intent.persist();
                planned++;
                LOG.infof("Notification %s planned: event %s, role %s, template %s", intent.id, eventId,
                        rule.role(), rule.template());
            }
        }
        return planned;
    }

    private static boolean needsArgument(Lookup.Kind kind) {
        return kind != Lookup.Kind.COMMISSION_SECRETARY && kind != Lookup.Kind.COMMISSION_CHAIR;
    }
}
