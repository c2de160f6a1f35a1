package org.diplograph.server;

import java.nio.charset.StandardCharsets;

/**
 * The {@code file} parameter of {@code POST /diplo/ingest}: the name of the file a client sends, which
 * the server uses twice: its last part (after the last {@code /} or {@code \}) names the temporary
 * file the body is kept in while it is read, and the whole name is recorded as the articles'
 * {@code dip:sourceFile}.
 *
 * <p>A name is refused, with a reason for the client, when its last part is empty, {@code .} or
 * {@code ..} (no file name: the body would be written onto a folder), when the last part is over
 * {@value #MAX_BYTES} bytes in UTF-8 (no file system takes it), when the name holds a control
 * character (NUL, a line break, DEL, C1 controls: no file name holds one, and the name goes to the
 * dataset and the logs), or when the whole name is over {@value #MAX_NAME_BYTES} bytes.
 */
final class IncomingName {
    /** The longest file name the usual file systems take, in bytes. */
    static final int MAX_BYTES = 255;
    /** The longest name recorded, folders included, in bytes. */
    static final int MAX_NAME_BYTES = 4096;

    private IncomingName() {}

    /** Why {@code name} cannot name a received file, or null when it can. */
    static String refusal(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return String.format("the file name holds a control character (U+%04X at position %d)", (int) name.charAt(i),
                        i + 1);
            }
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return "the file name is over " + MAX_NAME_BYTES + " bytes";
        }
        String last = lastPart(name);
        if (last.isBlank()) return "give a file name, such as ?file=article.txt: \"" + name + "\" names a folder";
        if (last.equals(".") || last.equals("..")) return "\"" + last + "\" is not a file name; give one such as ?file=article.txt";
        int bytes = last.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) return "the file name is " + bytes + " bytes long in UTF-8; at most " + MAX_BYTES + " bytes";
        return null;
    }

    /** The name without its folders: what follows the last {@code /} or {@code \}. */
    static String lastPart(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
