package cn.xietong.web.badge;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open badge sockets, by unit. Sending never blocks the caller (a committing transaction, a
 * message-driven bean): each socket's messages are written by the container's managed executor, one
 * at a time, and when several changes come faster than a slow client reads, only the latest is sent
 * — a badge shows a count, not a history.
 */
@ApplicationScoped
public class UnitSockets {

    private static final Logger LOG = Logger.getLogger(UnitSockets.class.getName());

    private final ConcurrentMap<UUID, Set<Listener>> byUnit = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Listener> bySession = new ConcurrentHashMap<>();

    @Resource
    private ManagedExecutorService executor;

    /** Registers the socket of a person of the unit. */
    void join(UUID unit, Session session) {
        Listener listener = new Listener(unit, session);
        bySession.put(session.getId(), listener);
        byUnit.computeIfAbsent(unit, u -> ConcurrentHashMap.newKeySet()).add(listener);
    }

    /** Forgets the socket (closed, failed); harmless when it was never registered. */
    void leave(Session session) {
        Listener listener = bySession.remove(session.getId());
        if (listener != null) {
            byUnit.computeIfPresent(listener.unit, (u, set) -> {
                set.remove(listener);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** Sends the text to every socket of the unit. */
    public void send(UUID unit, String text) {
        Set<Listener> listeners = byUnit.get(unit);
        if (listeners != null) {
            listeners.forEach(l -> l.push(text));
        }
    }

    /** Sends the text to one registered socket. */
    void send(Session session, String text) {
        Listener listener = bySession.get(session.getId());
        if (listener != null) {
            listener.push(text);
        }
    }

    /** How many sockets are open for the unit. */
    public int openFor(UUID unit) {
        Set<Listener> listeners = byUnit.get(unit);
        return listeners == null ? 0 : listeners.size();
    }

    /** One socket: the latest text not yet written, and whether a writer is at work. */
    private final class Listener {
        private final UUID unit;
        private final Session session;
        private final AtomicReference<String> latest = new AtomicReference<>();
        private final AtomicBoolean writing = new AtomicBoolean();

        Listener(UUID unit, Session session) {
            this.unit = unit;
            this.session = session;
        }

        void push(String text) {
            latest.set(text);
            startWriting();
        }

        private void startWriting() {
            if (!writing.compareAndSet(false, true)) {
                return; // the writer at work will pick up the latest text
            }
            try {
                executor.execute(this::write);
            } catch (RejectedExecutionException e) {
                writing.set(false); // shutting down
            }
        }

        private void write() {
            try {
                String text;
                while ((text = latest.getAndSet(null)) != null && session.isOpen()) {
                    session.getBasicRemote().sendText(text);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "badge socket " + session.getId() + " failed; forgetting it", e);
                leave(session);
                closeQuietly();
                return;
            } finally {
                writing.set(false);
            }
            if (latest.get() != null && session.isOpen()) {
                startWriting(); // a push came in between the last write and the end of the loop
            }
        }

        private void closeQuietly() {
            try {
                session.close();
            } catch (IOException | RuntimeException ignored) {
                // already gone
            }
        }
    }
}
