package nl.tweedekamer.meldpunt.klacht.procedure.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.tweedekamer.meldpunt.klacht.procedure.ReferentieTeller;

/** Case references K-2026-0042: the year of filing and a number counted per year; nothing personal. */
@ApplicationScoped
public class KlachtReferenties {

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        ReferentieTeller counter = ReferentieTeller.findById(year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new ReferentieTeller();
            counter.jaar = year;
            counter.laatste = 1;
            counter.persist();
        } else {
            counter.laatste++;
        }
        return String.format("K-%d-%04d", year, counter.laatste);
    }
}
