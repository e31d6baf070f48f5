package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

import java.time.LocalDate;
import java.util.Optional;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;

/**
 * Which vertrouwenspersonen a tenant's declaration in force chooses (domain.md §1: the shared pool, an own
 * VP, or both), read from the tenant snapshot. Which declaration is in force is klacht-service's rule; the
 * snapshot carries its outcome ({@code inForceUntil}).
 */
public final class VertrouwenspersoonKeuzeInForce {

    public static final String POOL = "POOL";
    public static final String EIGEN = "EIGEN";
    public static final String BEIDE = "BEIDE";

    private VertrouwenspersoonKeuzeInForce() {
    }

    /** The choice of the declaration in force on the day; empty when none is. */
    public static Optional<String> on(TenantSnapshot snapshot, LocalDate date) {
        return snapshot.declarationInForceOn(date).map(TenantSnapshot.Declaration::vertrouwenspersoonKeuze);
    }

    /** Whether the tenant's staff have the fractie's own vertrouwenspersonen on the day. */
    public static boolean ownVertrouwenspersonenOn(TenantSnapshot snapshot, LocalDate date) {
        return on(snapshot, date).filter(keuze -> EIGEN.equals(keuze) || BEIDE.equals(keuze)).isPresent();
    }
}
