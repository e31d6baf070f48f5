package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.melding.dossier.Melding;
import nl.tweedekamer.meldpunt.melding.dossier.MeldingAudit.Action;
import nl.tweedekamer.meldpunt.melding.dossier.Party;
import nl.tweedekamer.meldpunt.melding.dossier.service.AuditTrail;
import nl.tweedekamer.meldpunt.melding.dossier.service.Dossiers;
import nl.tweedekamer.meldpunt.melding.event.MeldingEvents;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.Vertrouwenspersoon;
import nl.tweedekamer.meldpunt.melding.vertrouwenspersonen.VertrouwenspersoonKind;

/**
 * Succession: the files of a VP whose appointment ended go to another VP — at once under art 4.3, or to the
 * successor an administrator names under art 5.7. Nobody reads content on the way; every move is audited and
 * announced ({@code vertrouwenspersoon-gewisseld}).
 */
@ApplicationScoped
@Transactional
public class OpvolgingService {

    private static final Logger LOG = Logger.getLogger(OpvolgingService.class);

    @Inject
    VertrouwenspersoonService vertrouwenspersonen;

    @Inject
    Dossiers dossiers;

    @Inject
    AuditTrail audit;

    /**
     * Art 4.3: a VP plausibly involved in unwanted behaviour is no longer appointed, and their open meldingen
     * move to another VP at once — a fractie's own VP's to another own VP of that fractie, else to the pool;
     * each to the VP with the fewest open meldingen. Closed files stay where they are (nothing more happens in
     * them). Without any other VP the files wait for the hand-over of art 5.7 (T7).
     */
    public int moveFrom(Vertrouwenspersoon ended) {
        List<Melding> open = Melding.list("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2 and status = ?3",
                ended.personId, ended.kind(), Melding.Status.OPEN);
        int moved = 0;
        for (Melding m : open) {
            if (ended.tenantIdOrNull() != null && !ended.tenantIdOrNull().equals(m.tenantId)) {
                continue;
            }
            Optional<Vertrouwenspersoon> successor = successorFor(m, ended);
            if (successor.isEmpty()) {
                LOG.warnf("Melding %s keeps its ended VP: no other VP serves its organisation today", m.id);
                continue;
            }
            move(m, successor.get(), ended);
            moved++;
        }
        return moved;
    }

    /**
     * Art 5.7: "De vertrouwenspersoon zorgt voor een goede overdracht van zaken en dossiers aan haar/zijn opvolger
     * uiterlijk binnen één maand nadat de benoeming ... is beëindigd." Every file of the ended VP, open or
     * closed, goes to the successor the administrator names; nobody reads content on the way.
     */
    public int handOverFiles(Vertrouwenspersoon ended, Vertrouwenspersoon successor) {
        List<Melding> files = Melding.list("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2",
                ended.personId, ended.kind());
        int moved = 0;
        for (Melding m : files) {
            if (ended.tenantIdOrNull() != null && !ended.tenantIdOrNull().equals(m.tenantId)) {
                continue;
            }
            move(m, successor, ended);
            moved++;
        }
        return moved;
    }

    /**
     * The files, open or closed, an ended appointment still holds: those of its person and kind, within its
     * fractie for a fractie's own VP (a pool VP's span every tenant). None left: its hand-over is complete (art 5.7).
     */
    public long filesHeldBy(Vertrouwenspersoon ended) {
        return ended.tenantIdOrNull() == null
                ? Melding.count("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2", ended.personId,
                        ended.kind())
                : Melding.count("vertrouwenspersoonId = ?1 and vertrouwenspersoonKind = ?2 and tenantId = ?3",
                        ended.personId, ended.kind(), ended.tenantIdOrNull());
    }

    private void move(Melding m, Vertrouwenspersoon next, Vertrouwenspersoon ended) {
        m.vertrouwenspersoonId = next.personId;
        m.vertrouwenspersoonKind = next.kind();
        audit.record(m.id, Party.SYSTEEM, Action.REASSIGNED);
        dossiers.publish(m, MeldingEvents.VertrouwenspersoonGewisseld.TYPE,
                new MeldingEvents.VertrouwenspersoonGewisseld(m.id, m.reference, m.tenantId, next.personId,
                        next.kind(), ended.personId, ended.endReason.name(), dossiers.today()));
    }

    private Optional<Vertrouwenspersoon> successorFor(Melding m, Vertrouwenspersoon ended) {
        // a pool VP is ended by a platform administrator, whose request has no fractie: the pool alone; a
        // fractie's own VP by its administrator, within that fractie: its own VPs first, then the pool
        List<Vertrouwenspersoon> candidates = (ended.kind() == VertrouwenspersoonKind.POOL
                ? vertrouwenspersonen.servingPool()
                : vertrouwenspersonen.availableTo(m.tenantId)).stream()
                .filter(v -> !v.personId.equals(ended.personId)).toList();
        List<Vertrouwenspersoon> sameKind = candidates.stream().filter(v -> v.kind() == ended.kind()).toList();
        List<Vertrouwenspersoon> pool = sameKind.isEmpty() ? candidates : sameKind;
        return pool.stream().min(Comparator
                .comparingLong((Vertrouwenspersoon v) -> Melding.count(
                        "vertrouwenspersoonId = ?1 and status = ?2", v.personId, Melding.Status.OPEN))
                .thenComparing(v -> v.personId));
    }
}
