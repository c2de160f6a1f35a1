package org.diplograph.server;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.atlas.web.AuthScheme;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP basic authentication that logs every failed login and answers it late, more so the more
 * failures in a row a user name has had ({@link LoginThrottle}).
 *
 * <p>The credentials are always checked first, at once: a right password is let in immediately,
 * whatever the name's count, and resets it; only a refusal is held back. So a page that keeps
 * guessing the editor's name never shuts the editor out (a window in which every attempt is refused
 * unchecked, with 429, would), yet each of its wrong guesses costs it a connection held open for the
 * delay; a browser opens about six connections to one server, which bounds how fast a web page can
 * guess, and a sequential guesser waits the whole delay for each answer.
 *
 * <p>The delay holds no thread: Jetty 12's handlers are asynchronous, so the refusal is written by a
 * task on the server's scheduler after the delay, and the thread that checked the password returns
 * at once. Hundreds of parallel wrong guesses are hundreds of pending timers, not hundreds of
 * blocked threads, and queries and the right password keep being served meanwhile.
 *
 * <p>A request without basic credentials gets the usual challenge at once and is not counted: that
 * is how a browser or client learns it must log in. Credentials that cannot be decoded count as a
 * failure of the empty name. The log line (logger of this class, WARN) names the user (control
 * characters replaced, long names cut), the method and path, the remote address, the count and the
 * delay; never the password.
 */
final class ThrottledBasicAuthenticator extends BasicAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(ThrottledBasicAuthenticator.class);
    /** The most characters of a user name the log shows. */
    private static final int LOGGED_NAME = 64;

    private final LoginThrottle throttle;

    ThrottledBasicAuthenticator(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /**
     * Fuseki's security handler for basic authentication of the users of {@code passwords}, with
     * this authenticator in place of Jetty's own; Fuseki adds the path constraints of the endpoints
     * that need a user.
     */
    static ConstraintSecurityHandler securityHandler(PasswordFile passwords, LoginThrottle throttle) {
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(Auth.dftRealm, passwords.userStore(), AuthScheme.BASIC);
        handler.setAuthenticator(new ThrottledBasicAuthenticator(throttle));
        return handler;
    }

    /** A user name and password as sent. */
    private record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + "]";
        }
    }

    @Override
    public AuthenticationState validateRequest(Request req, Response res, Callback callback) throws ServerAuthException {
        String header = req.getHeaders().get(getAuthorizationHeader());
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return super.validateRequest(req, res, callback);
        Credentials c = decode(header.substring(6).strip());
        if (c != null) {
            UserIdentity user = login(c.user(), c.password(), req, res);
            if (user != null) {
                throttle.succeeded(c.user());
                return new UserAuthenticationSucceeded(getAuthenticationType(), user);
            }
        }
        String name = c == null ? "" : c.user();
        LoginThrottle.Failure failure = throttle.failed(name);
        Duration delay = failure.delay();
        LOG.warn("Failed login as '{}' on {} {} from {}: failure {} in a row for this name, refused after {} ms",
                shown(name), req.getMethod(), req.getHttpURI().getPath(), Request.getRemoteAddr(req),
                failure.inARow(), delay.toMillis());
        res.getHeaders().put(getChallengeHeader().asString(), "Basic realm=\"" + _loginService.getName() + "\"");
        if (delay.isZero()) {
            Response.writeError(req, res, callback, getUnauthorizedStatusCode());
        } else {
            req.getComponents().getScheduler().schedule(() -> req.getComponents().getExecutor()
                    .execute(() -> Response.writeError(req, res, callback, getUnauthorizedStatusCode())),
                    delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return AuthenticationState.CHALLENGE;
    }

    /** The user and password of a basic {@code Authorization} value; null when it is not base64 of {@code user:password}. */
    private Credentials decode(String encoded) {
        Charset charset = getCharset() != null ? getCharset() : StandardCharsets.ISO_8859_1;
        String text;
        try {
            text = new String(Base64.getDecoder().decode(encoded), charset);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = text.indexOf(':');
        return colon <= 0 ? null : new Credentials(text.substring(0, colon), text.substring(colon + 1));
    }

    /** A user name fit for one log line: control characters as '?', at most {@value #LOGGED_NAME} characters. */
    static String shown(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().limit(LOGGED_NAME).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (name.codePointCount(0, name.length()) > LOGGED_NAME) b.append("...");
        return b.toString();
    }
}
