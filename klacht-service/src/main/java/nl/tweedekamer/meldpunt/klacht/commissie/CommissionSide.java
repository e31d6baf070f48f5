package nl.tweedekamer.meldpunt.klacht.commissie;

/** The part of the organisation a (deputy) member sits for (art 7.3, 7.4); events carry {@link #eventCode()}. */
public enum CommissionSide {
    /** "een lid namens het ambtelijk deel van de organisatie". */
    CIVIL_SERVICE("AMBTELIJK"),
    /** "een lid namens het politieke deel". */
    POLITICAL("POLITIEK");

    private final String eventCode;

    CommissionSide(String eventCode) {
        this.eventCode = eventCode;
    }

    public String eventCode() {
        return eventCode;
    }
}
