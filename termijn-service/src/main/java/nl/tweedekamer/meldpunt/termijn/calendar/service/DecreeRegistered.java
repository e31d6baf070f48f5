package nl.tweedekamer.meldpunt.termijn.calendar.service;

/** A decree under Atw art 3 lid 3 was entered for these years (a CDI event inside the entering transaction). */
public record DecreeRegistered(int coversFromYear, int coversToYear) {
}
