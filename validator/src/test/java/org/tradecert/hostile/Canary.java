package org.tradecert.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on the loopback interface that counts the connections made to it. Every hostile
 * input that names a URL names this listener, so a validator that fetched anything would raise
 * the count above zero. Accepted sockets are closed at once and nothing is ever sent back.
 */
final class Canary implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private final Set<Integer> probePorts = ConcurrentHashMap.newKeySet();
    private final Set<Integer> probesAccepted = ConcurrentHashMap.newKeySet();

    private Canary(ServerSocket server) {
        this.server = server;
        Thread acceptor = new Thread(this::accept, "hostile-canary-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a canary on 127.0.0.1 at a port the system chooses. */
    static Canary start() {
        try {
            return new Canary(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException("the loopback canary cannot listen", e);
        }
    }

    /** Returns an http URL on the canary with the given path (no leading slash). */
    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    /**
     * Counts the connections other than the canary's own probes. A probe connection is made
     * first and waited for. Connections are accepted in the order they arrive, so any
     * connection the validator made before the call has been counted when the probe is seen.
     */
    int connections() {
        try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            int port = probe.getLocalPort();
            probePorts.add(port);
            for (int waited = 0; !probesAccepted.contains(port); waited++) {
                if (waited > 2000) {
                    throw new IllegalStateException("the canary did not accept its own probe connection");
                }
                Thread.sleep(5);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the canary probe cannot connect", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the canary probe", e);
        }
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                int port = socket.getPort();
                // The probe registers its port only after connecting, so give it a moment to appear.
                if (isProbe(port)) {
                    probesAccepted.add(port);
                } else {
                    connections.incrementAndGet();
                }
            } catch (IOException e) {
                // close() closed the server socket; the loop condition ends the thread.
            }
        }
    }

    private boolean isProbe(int port) {
        for (int attempt = 0; attempt < 200 && !probePorts.contains(port); attempt++) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return probePorts.contains(port);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
