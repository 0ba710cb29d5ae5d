package dev.rasd.stack.elasticsearch;

import dev.rasd.stack.StackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;

/**
 * Elasticsearch refuses to run as root. When the stack runs as root it starts Elasticsearch as this unprivileged
 * system user (default {@code rasd-es}, set by {@code RASD_ES_USER}), creating it when missing.
 */
final class UnprivilegedUser {

    static final String DEFAULT_NAME = "rasd-es";

    private final String name;

    private UnprivilegedUser(String name) {
        this.name = name;
    }

    /** The user to run Elasticsearch as, or null when this process is not root and runs it itself. */
    static UnprivilegedUser whenRoot(String name) {
        return isRoot() ? new UnprivilegedUser(name) : null;
    }

    static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    String name() {
        return name;
    }

    /** Creates the system user if it does not exist yet. */
    void ensureExists() {
        if (run(List.of("id", "-u", name)) == 0) {
            return;
        }
        int status = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name));
        if (status != 0 && run(List.of("id", "-u", name)) != 0) {
            throw new StackException("cannot create the unprivileged user " + name
                    + " that Elasticsearch runs as (useradd exited " + status + "); create it or set RASD_ES_USER");
        }
    }

    /** Gives the user ownership of {@code dir} and everything in it. */
    void own(Path dir) {
        int status = run(List.of("chown", "-R", name + ":" + name, dir.toString()));
        if (status != 0) {
            throw new StackException("cannot give " + dir + " to user " + name + " (chown exited " + status + ")");
        }
    }

    /** Fails clearly when the user cannot reach {@code dir} because a parent directory is closed to others. */
    void requireTraversable(Path dir) {
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new StackException("Elasticsearch runs as user " + name + ", who cannot enter " + p
                            + ": put the data directory elsewhere (RASD_DATA_DIR) or chmod o+x " + p);
                }
            } catch (IOException e) {
                throw new StackException("cannot read the permissions of " + p + ": " + e.getMessage(), e);
            }
        }
    }

    /** The command prefix that runs a program as this user, keeping the environment. */
    List<String> commandPrefix() {
        return new ArrayList<>(List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups", "--"));
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor();
        } catch (IOException e) {
            throw new StackException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while running " + command.getFirst(), e);
        }
    }
}
