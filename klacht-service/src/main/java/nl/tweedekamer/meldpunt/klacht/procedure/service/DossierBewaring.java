package nl.tweedekamer.meldpunt.klacht.procedure.service;

import nl.tweedekamer.meldpunt.klacht.bewaring.BewaartermijnViews;
import nl.tweedekamer.meldpunt.klacht.procedure.Betrokkenheid;
import nl.tweedekamer.meldpunt.klacht.procedure.Klacht;

/**
 * What a dossier shows of its case's retention (domain.md §7), answered by bewaring's {@code BewaringService}. The
 * dossier asks through this interface because bewaring's services use this package ({@link KlachtToegang},
 * {@link BijlageService}): so neither service package depends on the other's in a cycle.
 */
public interface DossierBewaring {

    /** The case's retention for its dossier: only for the commission (members and secretary), else null. */
    BewaartermijnViews.Retention forDossier(Klacht klacht, Betrokkenheid as);
}
