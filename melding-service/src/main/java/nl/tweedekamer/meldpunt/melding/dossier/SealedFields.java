package nl.tweedekamer.meldpunt.melding.dossier;

/**
 * The associated data that binds each ciphertext of a melding to its field: a ciphertext opens only under the
 * name it was sealed with, so every feature that seals or opens a field of a melding uses these names.
 */
public final class SealedFields {

    public static final String DESCRIPTION = "description";
    public static final String IDENTITY = "identity";
    public static final String SUBJECT = "reporter-subject";
    /** Followed by the message id. */
    public static final String MESSAGE = "message/";
    /** Followed by the intervention id. */
    public static final String NOTE = "intervention/";

    private SealedFields() {
    }
}
