package nl.tweedekamer.meldpunt.melding.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

/** Every log line the application writes in this JVM, as formatted, with its exception chain. */
public final class LogCapture extends Handler {

    private static final LogCapture INSTANCE = new LogCapture();
    private static final List<String> LINES = Collections.synchronizedList(new ArrayList<>());
    private static final SimpleFormatter FORMAT = new SimpleFormatter();

    private LogCapture() {
        setLevel(java.util.logging.Level.ALL);
    }

    public static void install() {
        Logger root = Logger.getLogger("");
        if (Arrays.stream(root.getHandlers()).noneMatch(h -> h == INSTANCE)) {
            root.addHandler(INSTANCE);
        }
    }

    public static List<String> lines() {
        synchronized (LINES) {
            return List.copyOf(LINES);
        }
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLoggerName()).append(' ')
                .append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : FORMAT.formatMessage(record));
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(" | ").append(t);
        }
        LINES.add(line.toString());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
