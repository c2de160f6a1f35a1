package org.diplograph.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * A host name or IP address, with one port or any port: how {@code --service-host} and
 * {@code --allowed-host} name a host ({@code example.org}, {@code example.org:8443},
 * {@code 192.168.1.5}, {@code [::1]:3030}).
 *
 * <p>Names compare without regard to case; an IPv6 address compares in its canonical form, so
 * {@code [::1]} and {@code [0:0:0:0:0:0:0:1]} are the same host. No name is ever looked up in DNS:
 * what is checked is the name a request carries, not where it leads.
 *
 * @param host the name in lower case, or the address without brackets
 * @param port the one port, or {@link #ANY_PORT}
 */
record HostPattern(String host, int port) {
    /** The port of a pattern that names no port. */
    static final int ANY_PORT = -1;

    /**
     * Reads {@code HOST} or {@code HOST:PORT} (an IPv6 address in brackets).
     *
     * @throws IllegalArgumentException when the text holds anything else: a scheme, a path, user
     *     information, a port out of range, or nothing
     */
    static HostPattern parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.contains("/") || t.contains("@") || t.contains("?") || t.contains("#")) {
            throw new IllegalArgumentException("not a HOST or HOST:PORT: \"" + text + "\"");
        }
        try {
            URI u = new URI("http://" + t + "/");
            if (u.getHost() == null || u.getPort() == 0 || u.getPort() > 65535) {
                throw new IllegalArgumentException("not a HOST or HOST:PORT: \"" + text + "\"");
            }
            return new HostPattern(normal(u.getHost()), u.getPort() < 0 ? ANY_PORT : u.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a HOST or HOST:PORT: \"" + text + "\"", e);
        }
    }

    /** Whether a request for {@code host} (as a URL or a header spells it) on {@code port} is meant. */
    boolean matches(String host, int port) {
        return this.host.equals(normal(host)) && (this.port == ANY_PORT || this.port == port);
    }

    /**
     * A host as a URL or a header spells it, made comparable: lower case, an IPv6 address without
     * brackets in canonical form. An IP literal is parsed, never resolved.
     */
    static String normal(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (h.contains(":") && h.matches("[0-9a-f:.%]+")) {
            try {
                return InetAddress.getByName(h).getHostAddress();
            } catch (UnknownHostException e) {
                return h;
            }
        }
        return h;
    }

    @Override
    public String toString() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return port == ANY_PORT ? h : h + ":" + port;
    }
}
