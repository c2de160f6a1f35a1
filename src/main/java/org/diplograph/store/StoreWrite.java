package org.diplograph.store;

import org.apache.jena.system.Txn;
import org.diplograph.DiplographException;

/**
 * One write transaction on a store whose failure is reported as the store's, not the input's.
 *
 * <p>When the disk is full, a file size limit is reached or the folder cannot be written, TDB2 fails
 * the commit and the transaction is aborted: the dataset keeps its last committed state. The error
 * is raised as a {@link DiplographException} that names the dataset, what was being written and the
 * system's reason (for example "No space left on device" or "File too large"), so that the command
 * stops with one clear line instead of failing every remaining article the same way.
 */
public final class StoreWrite {
    private StoreWrite() {}

    public static void run(Store store, String what, Runnable body) {
        try {
            Txn.executeWrite(store.dataset(), body);
        } catch (DiplographException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) throw e;
            throw new DiplographException("Cannot write " + what + " to the dataset in " + store.folder().resolve(Store.DATABASE)
                    + ": " + reason(e) + ". What was committed before is kept; free space or fix the folder, then run again.", e);
        }
    }

    /** The deepest message in the cause chain: the system's own words. */
    public static String reason(Throwable e) {
        String reason = e.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) reason = t.getMessage();
            if (t.getCause() == t) break;
        }
        return reason;
    }
}
