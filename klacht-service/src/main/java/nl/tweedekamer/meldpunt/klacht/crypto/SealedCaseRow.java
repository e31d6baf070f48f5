package nl.tweedekamer.meldpunt.klacht.crypto;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of a complaint file (domain.md §10.11): its {@link Confidential} columns hold ciphertext of the complaint's
 * data key, each bound to the complaint, the row and the column (associated data), so a value cannot be moved to
 * another row or case. Destroying the complaint's data key makes every such value unreadable, in this database and
 * in every backup of it.
 *
 * <p>A subclass declares, per confidential field, {@code getX()} returning {@link #open} and {@code setX(v)}
 * assigning {@link #seal}: callers keep writing {@code klacht.behaviour = …} and reading {@code klacht.behaviour}.
 */
@MappedSuperclass
public abstract class SealedCaseRow extends PanacheEntityBase {

    /** False only for a row written before complaint files were encrypted, until {@code CaseFileSealing} seals it. */
    @Column(name = "sealed", nullable = false)
    public boolean sealed = true;

    /** The complaint whose data key seals this row. */
    protected abstract UUID caseId();

    /** This row within its complaint, as part of the associated data: {@code klacht}, {@code stuk/<id>}, … */
    protected abstract String scope();

    /** The tenant the complaint lives in (its data key is wrapped by that tenant's key). */
    protected abstract String tenant();

    protected String open(String column, String stored) {
        if (!sealed || stored == null) {
            return stored;
        }
        return keys().open(caseId(), scope() + "/" + column, stored);
    }

    protected String seal(String column, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        if (caseId() == null || scope() == null) {
            throw new IllegalStateException("a row of a complaint file is sealed only once its ids are set");
        }
        if (!sealed) {
            // a row written before encryption is sealed whole before one of its values changes
            sealLegacyRow();
        }
        return keys().seal(caseId(), scope() + "/" + column, plaintext);
    }

    /**
     * Seals a row written before encryption: each confidential value is read as it is stored (plain text) and
     * written again through its setter. Returns false when the row was sealed already.
     */
    public boolean sealLegacyRow() {
        if (sealed) {
            return false;
        }
        keys().ensureDataKey(caseId(), tenant());
        Map<Field, String> plain = new LinkedHashMap<>();
        for (Field field : confidentialFields()) {
            plain.put(field, read(field));
        }
        sealed = true;
        for (Map.Entry<Field, String> value : plain.entrySet()) {
            write(value.getKey(), value.getValue());
        }
        return true;
    }

    /** The associated data of a column read outside the entity (a native query): see {@link #scope()}. */
    public static String column(String scope, String column) {
        return scope + "/" + column;
    }

    private List<Field> confidentialFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : getClass().getDeclaredFields()) {
            if (field.isAnnotationPresent(Confidential.class)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private String read(Field field) {
        try {
            return (String) getClass().getMethod("get" + capitalised(field.getName())).invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a confidential field needs a getter: " + field.getName(), unwrap(e));
        }
    }

    private void write(Field field, String plaintext) {
        try {
            getClass().getMethod("set" + capitalised(field.getName()), String.class).invoke(this, plaintext);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a confidential field needs a setter: " + field.getName(), unwrap(e));
        }
    }

    private static Throwable unwrap(ReflectiveOperationException e) {
        return e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static KlachtKeys keys() {
        return Arc.container().instance(KlachtKeys.class).get();
    }
}
