package nl.tweedekamer.meldpunt.klacht.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.tweedekamer.meldpunt.klacht.Declaration;

/** Which declaration applies on a day: the rule in one place (domain.md §1). */
public final class DeclarationHistory {

    public enum Standing {
        SCHEDULED, IN_FORCE, SUPERSEDED, WITHDRAWN
    }

    private static final Comparator<Declaration> LATEST_FIRST = Comparator
            .comparing((Declaration d) -> d.effectiveFrom).thenComparing(d -> d.submittedAt).reversed();

    private final List<Declaration> declarations;

    public DeclarationHistory(List<Declaration> declarations) {
        this.declarations = declarations.stream().sorted(LATEST_FIRST).toList();
    }

    /**
     * A new declaration supersedes the old one from its effective date; a withdrawn declaration
     * applies to nothing from its withdrawal date, and the one it superseded does not come back.
     */
    public Optional<Declaration> inForceOn(LocalDate date) {
        return declarations.stream()
                .filter(d -> !d.effectiveFrom.isAfter(date))
                .findFirst()
                .filter(d -> !d.withdrawnBy(date));
    }

    public Optional<Declaration> latest() {
        return declarations.stream().findFirst();
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
