package org.diplograph.query;

import java.util.Optional;

/**
 * One parameter a canned query declares: {@code name: type [= default]}, or {@code name: type
 * (optional)}. It binds the query's variable {@code ?name}; without a default it must be given,
 * unless it is optional: an optional parameter not given leaves {@code ?name} unbound, and the
 * query is written so that an unbound {@code ?name} keeps every row (the date range {@code from} /
 * {@code to} of the listings: absent, nothing is left out for its date).
 *
 * @param name         the variable it binds, without {@code ?}
 * @param type         how a value is read
 * @param defaultValue the value used when none is given, as written in the header; null when required or optional
 * @param optional     true when the parameter may be left out and has no default
 */
public record ParamSpec(String name, ParamType type, String defaultValue, boolean optional) {
    public ParamSpec {
        if (defaultValue != null) type.parse(defaultValue);   // a bad default fails when the header is read
        if (optional && defaultValue != null) {
            throw new IllegalArgumentException("an optional parameter has no default; give one or the other");
        }
    }

    /** A parameter with a default, or a required one when {@code defaultValue} is null. */
    public ParamSpec(String name, ParamType type, String defaultValue) {
        this(name, type, defaultValue, false);
    }

    /** An optional parameter: left out, its variable stays unbound. */
    public static ParamSpec optional(String name, ParamType type) {
        return new ParamSpec(name, type, null, true);
    }

    /** True when the query cannot run without a value: no default, and not optional. */
    public boolean required() {
        return defaultValue == null && !optional;
    }

    public Optional<String> defaultOption() {
        return Optional.ofNullable(defaultValue);
    }

    /** The header form, {@code country: country = VN} or {@code from: date (optional)}. */
    @Override
    public String toString() {
        return name + ": " + type.word() + (defaultValue != null ? " = " + defaultValue : optional ? " (optional)" : "");
    }
}
