package nl.tweedekamer.meldpunt.termijn.reminder;

/** When a reminder goes out relative to the due date (asyncapi HerinneringVerzonden.moment). */
public enum Moment { VOORAF, VERVALDAG, NA_VERVALDAG, WAARSCHUWING }
