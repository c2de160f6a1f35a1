package org.diplograph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.DiplographException;
import org.diplograph.store.StoreWrite;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;

/**
 * The users of a password file, read and checked by us before the server starts.
 *
 * <p>The format is Jetty's, one {@code user: password} a line, optionally followed by roles
 * ({@code user: password, role, ...}); the password may carry one of Jetty's prefixes
 * ({@code OBF:}, {@code MD5:}, {@code CRYPT:}). Blank lines and lines starting with {@code #} are
 * skipped; spaces around the user name, the colon and the password are not part of them. Jetty
 * reads the file as Java properties, which silently accepts {@code user=password}, {@code user password},
 * backslash escapes and continuation lines, and an empty password; here each of those is an error.
 *
 * <p>Refused, with the file, the line number and what is wrong (never the password or the line,
 * which may hold one): a file with no user, a line without a colon, an empty user name or one with a
 * space, {@code =} or a backslash in it, an empty password (also after its prefix), a backslash
 * anywhere (a properties escape or continuation that would no longer be read as one), a control
 * character, a user given twice. The file is read once, when the server is built: a change takes
 * effect at the next start.
 *
 * <p>Bytes, not characters: the file is read as ISO-8859-1 (a UTF-8 byte order mark skipped), as
 * Jetty reads it and as Jetty's basic authentication decodes what a client sends, so a password
 * outside ASCII matches when the client sends the bytes the file holds (UTF-8 on both sides, as curl
 * and browsers do with a UTF-8 file).
 *
 * @param file  the file as given
 * @param users the users in file order, by name
 */
record PasswordFile(Path file, Map<String, User> users) {
    /** One user line: the name, the password as written (prefix included) and the roles. */
    record User(String name, String password, List<String> roles, int line) {
        @Override
        public String toString() {
            return "User[" + name + ", line " + line + "]";   // never the password
        }
    }

    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");
    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-fA-F]{32}");

    PasswordFile {
        users = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(users));
    }

    /**
     * Reads and checks {@code file}.
     *
     * @throws DiplographException when the file cannot be read or any line is wrong: the message
     *                             names the file and, for a line, its number and the fault
     */
    static PasswordFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DiplographException("Cannot read the password file " + file + ": " + StoreWrite.reason(e), e);
        }
        int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.ISO_8859_1);
        Map<String, User> users = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int number = i + 1;
            Fault fault = what -> new DiplographException("Password file " + file + ", line " + number + ": " + what);
            User u = user(line, number, fault);
            User before = users.putIfAbsent(u.name(), u);
            if (before != null) throw fault.of("user '" + u.name() + "' is given again (first on line " + before.line() + ")");
        }
        if (users.isEmpty()) {
            throw new DiplographException("Password file " + file + " holds no user: write one 'user: password' a line");
        }
        return new PasswordFile(file, users);
    }

    /** Makes the error of one line. */
    private interface Fault {
        DiplographException of(String what);
    }

    /** One non-blank, non-comment line, stripped. */
    private static User user(String line, int number, Fault fault) {
        if (CONTROL.matcher(line).find()) throw fault.of("a control character (write the line in plain text)");
        if (line.indexOf('\\') >= 0) {
            throw fault.of("a backslash: the file is not read as Java properties, so there are no escapes or"
                    + " continued lines; give the password without it, or its OBF:, MD5: or CRYPT: form");
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            int eq = line.indexOf('=');
            throw fault.of(eq >= 0 ? "'user=password' is not this file's format: write 'user: password'"
                    : "no ':' between user name and password: write 'user: password'");
        }
        String name = line.substring(0, colon).strip();
        if (name.isEmpty()) throw fault.of("no user name before ':'");
        if (SPACE.matcher(name).find()) throw fault.of("the user name holds a space");
        if (name.indexOf('=') >= 0) throw fault.of("the user name holds '=': write 'user: password'");
        String rest = line.substring(colon + 1);
        int comma = rest.indexOf(',');
        String password = (comma < 0 ? rest : rest.substring(0, comma)).strip();
        List<String> roles = new ArrayList<>();
        if (comma >= 0) {
            for (String r : rest.substring(comma + 1).split(",")) {
                if (r.isBlank()) throw fault.of("an empty role after the password of user '" + name + "'");
                roles.add(r.strip());
            }
        }
        if (password.isEmpty()) throw fault.of("empty password for user '" + name + "'");
        checkPrefixed(password, name, fault);
        return new User(name, password, List.copyOf(roles), number);
    }

    /** A password with one of Jetty's prefixes must have something well-formed after it. */
    private static void checkPrefixed(String password, String name, Fault fault) {
        for (String prefix : new String[] {"OBF:", "MD5:", "CRYPT:"}) {
            if (!password.startsWith(prefix)) continue;
            String rest = password.substring(prefix.length());
            if (rest.isEmpty()) throw fault.of("empty password after " + prefix + " for user '" + name + "'");
            if (prefix.equals("MD5:") && !MD5_HEX.matcher(rest).matches()) {
                throw fault.of("the MD5: password of user '" + name + "' is not 32 hexadecimal digits");
            }
            if (prefix.equals("OBF:") && !rest.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
                throw fault.of("the OBF: password of user '" + name + "' is not in Jetty's obfuscated form");
            }
        }
    }

    /**
     * A warning when the file's group or others may read or change it (POSIX permissions), with the
     * command that makes it private; empty when they may not, or when the file system has no POSIX
     * permissions.
     */
    Optional<String> exposure() {
        Set<PosixFilePermission> p;
        try {
            p = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return Optional.empty();
        }
        boolean read = p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
        boolean write = p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE);
        if (!read && !write) return Optional.empty();
        return Optional.of("the password file " + file + " can be " + (read && write ? "read and changed" : read ? "read" : "changed")
                + " by other users of this machine (" + PosixFilePermissions.toString(p) + "); make it private with: chmod 600 " + file);
    }

    /** A Jetty user store holding these users, with Jetty's reading of each password's prefix. */
    UserStore userStore() {
        UserStore store = new UserStore();
        for (User u : users.values()) {
            store.addUser(u.name(), Credential.getCredential(u.password()), u.roles().toArray(String[]::new));
        }
        return store;
    }
}
