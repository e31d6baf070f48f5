package nl.tweedekamer.meldpunt.klacht.commissie;

/**
 * The functions of the klachtencommissie (art 7.1, 7.4, art 8). The API speaks these names; the events carry
 * the Dutch codes that asyncapi.yaml fixed ({@link #eventCode()}).
 */
public enum CommissionFunction {
    /** art 7.1: "een externe voorzitter". */
    CHAIR("VOORZITTER", 1),
    /** art 7.1: "een plaatsvervangend externe voorzitter"; takes the chair's seat in a case (art 7.8). */
    DEPUTY_CHAIR("PLAATSVERVANGEND_VOORZITTER", 1),
    /** art 7.4: one member for the civil service, one for the political side. */
    MEMBER("LID", 2),
    /** art 7.4: "voor wat betreft de plaatsvervangende leden is de verhouding dezelfde". */
    DEPUTY_MEMBER("PLAATSVERVANGEND_LID", 2),
    /** art 8: the Presidium "voegt aan de klachtencommissie een secretaris toe"; not a member of it. */
    SECRETARY("SECRETARIS", 1);

    private final String eventCode;
    private final int seats;

    CommissionFunction(String eventCode, int seats) {
        this.eventCode = eventCode;
        this.seats = seats;
    }

    public String eventCode() {
        return eventCode;
    }

    /** How many seats the function has: one, or one per side. */
    public int seats() {
        return seats;
    }

    /** Members and deputy members sit for a side (art 7.4); the chair, deputy chair and secretary do not. */
    public boolean hasSide() {
        return seats > 1;
    }

    /** art 7.1: "een externe voorzitter, een plaatsvervangend externe voorzitter". */
    public boolean isExternal() {
        return this == CHAIR || this == DEPUTY_CHAIR;
    }

    /**
     * Whether the person sits on the commission (art 7.1). The secretary is added to it (art 8) and counts
     * neither for its composition nor for art 7.5.
     */
    public boolean sitsOnCommission() {
        return this != SECRETARY;
    }
}
