package nl.tweedekamer.meldpunt.klacht.onboarding;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;


/** Which declaration applies on a day: the rule in one place (domain.md §1). */
public final class DeclarationHistory {

    public enum Standing {
        SCHEDULED, IN_FORCE, SUPERSEDED, WITHDRAWN
    }

    private static final Comparator<Declaration> LATEST_FIRST = Comparator
            .comparing((Declaration d) -> d.effectiveFrom).thenComparing(d -> d.submittedAt).reversed();

    private final List<Declaration> declarations;
    private final List<Declaration> takingEffect;

    public DeclarationHistory(List<Declaration> declarations) {
        this.declarations = declarations.stream().sorted(LATEST_FIRST).toList();
        this.takingEffect = this.declarations.stream().filter(d -> !cancelled(d)).toList();
    }

    /** Withdrawn before it took effect: it never superseded anything. */
    public static boolean cancelled(Declaration declaration) {
        return declaration.withdrawnFrom != null && !declaration.withdrawnFrom.isAfter(declaration.effectiveFrom);
    }

    /**
     * A new declaration supersedes the old one from its effective date; a withdrawn declaration
     * applies to nothing from its withdrawal date, and the one it superseded does not come back.
     * A declaration withdrawn before it took effect superseded nothing.
     */
    public Optional<Declaration> inForceOn(LocalDate date) {
        return takingEffect.stream()
                .filter(d -> !d.effectiveFrom.isAfter(date))
                .findFirst()
                .filter(d -> !d.withdrawnBy(date));
    }

    /**
     * The first day the declaration no longer applies: when the next one takes effect or it is withdrawn,
     * whichever comes first; empty while it applies without end. Published in the tenant snapshot, so the
     * other services need not repeat {@link #inForceOn}.
     */
    public Optional<LocalDate> inForceUntil(Declaration declaration) {
        if (cancelled(declaration)) {
            return Optional.of(declaration.effectiveFrom);
        }
        Optional<LocalDate> superseded = takingEffect.stream()
                .map(d -> d.effectiveFrom)
                .filter(from -> from.isAfter(declaration.effectiveFrom))
                .min(LocalDate::compareTo);
        return java.util.stream.Stream.of(superseded, Optional.ofNullable(declaration.withdrawnFrom))
                .flatMap(Optional::stream)
                .min(LocalDate::compareTo);
    }

    /** The latest declaration that takes or took effect; cancelled ones do not count. */
    public Optional<Declaration> latest() {
        return takingEffect.stream().findFirst();
    }

    public Standing standingOn(Declaration declaration, LocalDate date) {
        if (declaration.withdrawnBy(date)) {
            return Standing.WITHDRAWN;
        }
        if (declaration.effectiveFrom.isAfter(date)) {
            return Standing.SCHEDULED;
        }
        return inForceOn(date).filter(d -> d.id.equals(declaration.id)).isPresent()
                ? Standing.IN_FORCE
                : Standing.SUPERSEDED;
    }

    /** Newest first. */
    public List<Declaration> all() {
        return declarations;
    }
}
