package nl.tweedekamer.meldpunt.platform.problem;

/**
 * A JSON mapping failure that knows what the field should have held, in words a person understands; the
 * problem mapper puts the field's path in front ("Field 'effectiveFrom' must be …").
 */
public interface FieldExplanation {

    /** What the field must be, starting with a verb: "must be a date from …". Never the value sent. */
    String explanation();
}
