package nl.tweedekamer.meldpunt.klacht.crypto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column of a complaint file holding a name, an address, an email address or free text: stored only as
 * ciphertext of the complaint's data key. The field has a getter and a setter that open and seal it
 * ({@link SealedCaseRow}); Panache routes every access from outside the entity through them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Confidential {
}
