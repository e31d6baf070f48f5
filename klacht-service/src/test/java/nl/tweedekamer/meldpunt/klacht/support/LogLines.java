package nl.tweedekamer.meldpunt.klacht.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log record of the JVM from {@link #capture()} until {@link #close()}: the message with its parameters and
 * its exception chain, for the tests that prove a planted name or text reaches no log line.
 */
public final class LogLines extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogLines() {
    }

    public static LogLines capture() {
        LogLines capture = new LogLines();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object p : record.getParameters()) {
                line.append(' ').append(p);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(' ').append(t);
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
