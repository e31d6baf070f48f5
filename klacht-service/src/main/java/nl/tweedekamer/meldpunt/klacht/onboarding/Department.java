package nl.tweedekamer.meldpunt.klacht.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A unit of the organisation as it names it (a name of a unit, never of a person). */
@Embeddable
public class Department {

    /** Upper-case letters, digits, '_' and '-': what melding-service stores with a melding. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    protected Department() {
    }

    public Department(String code, String name) {
        this.code = code;
        this.name = name;
    }
}
