package nl.tweedekamer.meldpunt.termijn.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The decree in force, as V1__atw_decrees.sql ships it, for the calendar's unit tests. */
final class Decrees {

    static final Decree IN_FORCE = new Decree(
            "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een"
                    + " algemeen erkende feestdag",
            2026, 2028, Map.of(
                    LocalDate.parse("2026-01-02"), "vrijdag na Nieuwjaarsdag",
                    LocalDate.parse("2026-05-15"), "vrijdag na Hemelvaartsdag",
                    LocalDate.parse("2027-05-07"), "vrijdag na Hemelvaartsdag",
                    LocalDate.parse("2028-04-28"), "vrijdag na Koningsdag",
                    LocalDate.parse("2028-05-26"), "vrijdag na Hemelvaartsdag"));

    static final AtwKalender KALENDER = new AtwKalender(List.of(IN_FORCE));

    private Decrees() {
    }
}
