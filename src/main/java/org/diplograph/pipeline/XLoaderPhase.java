package org.diplograph.pipeline;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * The main class of a child process that runs one phase of Jena's xloader ({@code tdb2.xloader.Cmdx*}
 * of {@code jena-cmds}): {@code XLoaderPhase CLASS ARGS...} runs {@code CLASS.main(ARGS)}, then exits 0
 * (the phase's command exits non-zero itself when it fails).
 *
 * <p>Why a wrapper: the phase must end when the process that started it ends, even by SIGKILL, or it
 * would go on writing into a folder that the next command removes as a stopped load's. The parent
 * never closes the child's standard input, so the end of that input means the parent is gone: the
 * phase then halts at once.
 */
final class XLoaderPhase {
    /** The exit status of a phase stopped because its parent ended. */
    static final int ORPHANED = 3;

    private XLoaderPhase() {}

    public static void main(String[] args) throws ReflectiveOperationException {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) { /* the parent writes nothing */ }
            } catch (IOException e) {
                // an input that fails is a parent gone as well
            }
            Runtime.getRuntime().halt(ORPHANED);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
        try {
            Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
