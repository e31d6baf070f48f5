package nl.tweedekamer.meldpunt.klacht.onboarding;

/** What a person on a roster is (domain.md §10.3): it decides who may file a complaint (art 2.c, §10.13). */
public enum PersonKind {
    /** A medewerker (art 2.c): may file a complaint and be accused (art 2.j). */
    MEDEWERKER,
    /** A Kamerlid: may turn to a vertrouwenspersoon (art 2.a, 3) but files no complaint (art 2.c). */
    KAMERLID,
    /** Someone working for the organisation who is no medewerker (e.g. a hired external). */
    EXTERN
}
