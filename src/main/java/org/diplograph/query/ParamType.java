package org.diplograph.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;

/**
 * The types a canned query's parameter may have, each turning the text a user typed into one RDF term.
 *
 * <p>The term, never the text, goes into the query: a value that is not a well-formed term of its
 * type is refused here, and a string becomes one literal whatever characters it holds. That is what
 * makes {@code JP" } ; DROP ALL ; #} a bad country rather than a second statement.
 */
public enum ParamType {
    /** An ISO 3166-1 alpha-2 code ({@code VN}, any case), read as {@code id:country/VN}; or an absolute IRI. */
    COUNTRY("country", "an ISO 3166-1 alpha-2 code such as VN, an absolute IRI, or id:country/VN as the tables print it"),
    /** An absolute IRI, bare or in angle brackets, or a prefixed name such as {@code id:person/…}. */
    IRI("iri", "an absolute IRI such as https://w3id.org/diplograph/id/country/VN, <…> or a prefixed name"
            + " as the tables print it, such as id:country/VN"),
    /** Any text, as a plain string literal. */
    STRING("string", "any text"),
    /** An {@code xsd:date}, {@code YYYY-MM-DD}. */
    DATE("date", "a date YYYY-MM-DD"),
    /** An {@code xsd:integer}. */
    INTEGER("integer", "a whole number"),
    /** An {@code xsd:decimal}. */
    DECIMAL("decimal", "a decimal number such as 0.5");

    /** Where the graph's resources live (see ontology/MODEL.md). */
    public static final String ID_BASE = "https://w3id.org/diplograph/id/";
    /** Where country IRIs live: {@code id:country/VN}. */
    public static final String COUNTRY_BASE = ID_BASE + "country/";

    private static final Pattern ALPHA2 = Pattern.compile("[A-Za-z]{2}");
    /** Characters that the IRI grammar forbids and that would end an IRI in query text. */
    private static final Pattern IRI_FORBIDDEN = Pattern.compile("[\\s<>\"{}|\\\\^`]");
    /** A prefixed name as the tables print it: a prefix (possibly empty), a colon, the rest. */
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)?:(.*)", Pattern.DOTALL);
    /**
     * IRI schemes taken as such when no prefix has their name: what else looks like {@code word:rest}
     * is a prefixed name whose prefix is unknown, a slip to point out rather than an IRI that finds nothing.
     */
    private static final java.util.Set<String> SCHEMES = java.util.Set.of("http", "https", "urn", "tag", "mailto",
            "file", "ftp", "data", "did", "doi", "info", "geo");
    /** The prefix every query knows: {@code id:} for the graph's resources. */
    private static final PrefixMapping ID_ONLY = PrefixMapping.Factory.create().setNsPrefix("id", ID_BASE).lock();

    private final String word;
    private final String expected;

    ParamType(String word, String expected) {
        this.word = word;
        this.expected = expected;
    }

    /** The word used in query headers ({@code country}, {@code iri}, ...). */
    public String word() {
        return word;
    }

    /** What a value of this type looks like, for error messages. */
    public String expected() {
        return expected;
    }

    /** The type a header word names; throws naming the known words otherwise. */
    public static ParamType of(String word) {
        for (ParamType t : values()) {
            if (t.word.equals(word)) return t;
        }
        throw new IllegalArgumentException("unknown parameter type '" + word
                + "' (known: country, iri, string, date, integer, decimal)");
    }

    /**
     * The RDF term for {@code text}.
     *
     * @throws IllegalArgumentException when the text is not a value of this type; the message says what was expected
     */
    public Node parse(String text) {
        return parse(text, ID_ONLY);
    }

    /**
     * The RDF term for {@code text}, where an IRI may also be written as the result tables print it:
     * in angle brackets ({@code <https://…>}), or as a name with one of {@code prefixes}
     * ({@code id:person/…}, {@code dip:Agreement}), which is expanded. A name whose prefix is not
     * among them, and is no common IRI scheme either, is refused rather than read as an IRI of
     * that scheme, which would match nothing.
     *
     * @throws IllegalArgumentException when the text is not a value of this type; the message says what was expected
     */
    public Node parse(String text, PrefixMapping prefixes) {
        String v = text.strip();
        try {
            return switch (this) {
                case COUNTRY -> ALPHA2.matcher(v).matches()
                        ? NodeFactory.createURI(COUNTRY_BASE + v.toUpperCase(Locale.ROOT)) : iri(v, prefixes);
                case IRI -> iri(v, prefixes);
                case STRING -> NodeFactory.createLiteralString(text);
                case DATE -> NodeFactory.createLiteralDT(LocalDate.parse(v).toString(), XSDDatatype.XSDdate);
                case INTEGER -> NodeFactory.createLiteralDT(new BigInteger(v).toString(), XSDDatatype.XSDinteger);
                case DECIMAL -> NodeFactory.createLiteralDT(new BigDecimal(v).toPlainString(), XSDDatatype.XSDdecimal);
            };
        } catch (DateTimeParseException | NumberFormatException | IRIException e) {
            throw bad(text);
        }
    }

    private Node iri(String v, PrefixMapping prefixes) {
        if (v.length() > 2 && v.startsWith("<") && v.endsWith(">")) return absolute(v.substring(1, v.length() - 1));
        Matcher m = PREFIXED.matcher(v);
        if (m.matches()) {
            String prefix = m.group(1) == null ? "" : m.group(1);
            String ns = prefixes.getNsPrefixURI(prefix);
            if (ns != null) return absolute(ns + m.group(2));
            if (!SCHEMES.contains(prefix.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("wants " + expected + "; got '" + v + "', whose prefix '" + prefix
                        + ":' is not known (known: " + String.join(", ", new java.util.TreeSet<>(prefixes.getNsPrefixMap().keySet()))
                        + "); give the whole IRI, in <…> if need be");
            }
        }
        return absolute(v);
    }

    private static Node absolute(String v) {
        // a scheme, not IRIx.isAbsolute(): that is RFC 3986's absolute-URI, which has no fragment, and the
        // ontology's terms (dip:Agreement) all have one
        if (v.isEmpty() || IRI_FORBIDDEN.matcher(v).find() || IRIx.create(v).scheme() == null) throw new IRIException(v);
        return NodeFactory.createURI(v);
    }

    private IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("wants " + expected + "; got '" + text + "'");
    }
}
