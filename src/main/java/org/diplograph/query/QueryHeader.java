package org.diplograph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.DiplographException;

/**
 * The {@code #+} lines at the top of a canned query: what it answers, what it takes, what it returns.
 * <pre>
 * #+ summary: Bilateral partners of a country, ranked by interactions
 * #+ params: country: country = VN
 * #+ returns: partner, partnerLabel, events, agreements
 * </pre>
 * Params are comma-separated {@code name: type [= default]}, or {@code name: type (optional)} for a
 * parameter that may be left out and has no default ({@link ParamSpec#optional}); a default
 * therefore holds no comma.
 * The header is machine-read so that the command line can list, check and fill queries without
 * running them.
 *
 * @param summary one line saying what the query answers
 * @param params  the parameters in header order
 * @param returns the result columns in order
 */
public record QueryHeader(String summary, List<ParamSpec> params, List<String> returns) {
    private static final Pattern LINE = Pattern.compile("^#\\+\\s*(\\w+)\\s*:(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*(\\w+)\\s*(?:=\\s*(.*?)|(\\(optional\\)))?\\s*$");
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public QueryHeader {
        params = List.copyOf(params);
        returns = List.copyOf(returns);
    }

    /** The declared parameter called {@code name}, or null. */
    public ParamSpec param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Reads the header of {@code text}; {@code source} names the query in errors.
     *
     * @throws DiplographException naming the source when a line is malformed, a key unknown or repeated,
     *                             or summary / returns is missing
     */
    public static QueryHeader parse(String source, String text) {
        String summary = null;
        List<ParamSpec> params = null;
        List<String> returns = null;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#+")) continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) throw fail(source, "header line is not '#+ key: value': " + line);
            String key = m.group(1);
            String value = m.group(2).strip();
            switch (key) {
                case "summary" -> {
                    once(source, key, summary);
                    summary = value;
                }
                case "params" -> {
                    once(source, key, params);
                    params = params(source, value);
                }
                case "returns" -> {
                    once(source, key, returns);
                    returns = columns(source, value);
                }
                default -> throw fail(source, "unknown header key '" + key + "' (known: summary, params, returns)");
            }
        }
        if (summary == null || summary.isEmpty()) throw fail(source, "no '#+ summary:' line");
        if (returns == null || returns.isEmpty()) throw fail(source, "no '#+ returns:' line");
        return new QueryHeader(summary, params == null ? List.of() : params, returns);
    }

    private static List<ParamSpec> params(String source, String value) {
        List<ParamSpec> out = new ArrayList<>();
        if (value.isEmpty()) return out;
        for (String part : value.split(",")) {
            Matcher m = PARAM.matcher(part.strip());
            if (!m.matches()) throw fail(source, "parameter is not 'name: type [= default]' or 'name: type (optional)': " + part.strip());
            String name = m.group(1);
            if (out.stream().anyMatch(p -> p.name().equals(name))) throw fail(source, "parameter '" + name + "' declared twice");
            try {
                String dflt = m.group(3);
                out.add(m.group(4) != null ? ParamSpec.optional(name, ParamType.of(m.group(2)))
                        : new ParamSpec(name, ParamType.of(m.group(2)), dflt == null || dflt.isEmpty() ? null : dflt));
            } catch (IllegalArgumentException e) {
                throw fail(source, "parameter '" + name + "': " + e.getMessage());
            }
        }
        return out;
    }

    private static List<String> columns(String source, String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String c = part.strip().replaceFirst("^\\?", "");
            if (!COLUMN.matcher(c).matches()) throw fail(source, "returns: '" + part.strip() + "' is not a column name");
            out.add(c);
        }
        return out;
    }

    private static void once(String source, String key, Object seen) {
        if (seen != null) throw fail(source, "'#+ " + key + ":' given twice");
    }

    private static DiplographException fail(String source, String what) {
        return new DiplographException(source + ": " + what);
    }
}
