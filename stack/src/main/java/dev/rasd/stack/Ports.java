package dev.rasd.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks and picks TCP ports on the loopback interface. */
public final class Ports {

    private Ports() {}

    /**
     * Fails with a one-line error naming the port and the variable that changes it when the port is taken.
     *
     * @param port the port the stack wants
     * @param what what would listen there, e.g. {@code Kafka}
     * @param variable the environment variable that sets the port
     */
    public static void requireFree(int port, String what, String variable) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new StackException(
                    "port " + port + " for " + what + " is already in use: stop what uses it or set " + variable);
        }
    }

    /** A port that is free on loopback right now (the OS picks it). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
