package nl.tweedekamer.meldpunt.melding.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;

/**
 * Which vertrouwenspersonen a tenant's declaration in force chooses (domain.md §1: the shared pool, an own
 * VP, or both), read from the tenant snapshot. The rule for "in force" is klacht-service's: the latest
 * declaration that took effect on the day, unless withdrawn by then; one withdrawn before it took effect
 * superseded nothing.
 */
public final class VertrouwenspersoonKeuzeInForce {

    public static final String POOL = "POOL";
    public static final String EIGEN = "EIGEN";
    public static final String BEIDE = "BEIDE";

    private VertrouwenspersoonKeuzeInForce() {
    }

    /** The choice of the declaration in force on the day; empty when none is. */
    public static Optional<String> on(TenantSnapshot snapshot, LocalDate date) {
        List<TenantSnapshot.Declaration> declarations = snapshot.declarations() == null ? List.of()
                : snapshot.declarations();
        // the snapshot lists declarations oldest effective date first: a stable sort keeps the later one of a tie last
        return declarations.stream()
                .filter(d -> d.effectiveFrom() != null && !cancelled(d))
                .sorted(Comparator.comparing(TenantSnapshot.Declaration::effectiveFrom))
                .filter(d -> !d.effectiveFrom().isAfter(date))
                .reduce((earlier, later) -> later)
                .filter(d -> d.withdrawnFrom() == null || d.withdrawnFrom().isAfter(date))
                .map(TenantSnapshot.Declaration::vertrouwenspersoonKeuze);
    }

    /** Whether the tenant's staff have the fractie's own vertrouwenspersonen on the day. */
    public static boolean ownVertrouwenspersonenOn(TenantSnapshot snapshot, LocalDate date) {
        return on(snapshot, date).filter(keuze -> EIGEN.equals(keuze) || BEIDE.equals(keuze)).isPresent();
    }

    private static boolean cancelled(TenantSnapshot.Declaration d) {
        return d.withdrawnFrom() != null && !d.withdrawnFrom().isAfter(d.effectiveFrom());
    }
}
