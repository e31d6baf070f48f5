package nl.tweedekamer.meldpunt.klacht.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/** A table's row as the database holds it, every column joined: what a look at the disk would show of it. */
public final class StoredRows {

    private StoredRows() {
    }

    /** The row with this id, its columns' text joined with '|'; fails when there is none. */
    public static String row(DataSource dataSource, String table, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row " + id + " in " + table);
                }
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                return row.toString();
            }
        }
    }
}
