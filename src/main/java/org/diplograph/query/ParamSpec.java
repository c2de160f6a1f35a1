package org.diplograph.query;

import java.util.Optional;

/**
 * One parameter a canned query declares: {@code name: type [= default]}. It binds the query's
 * variable {@code ?name}; without a default it must be given.
 *
 * @param name         the variable it binds, without {@code ?}
 * @param type         how a value is read
 * @param defaultValue the value used when none is given, as written in the header; null when required
 */
public record ParamSpec(String name, ParamType type, String defaultValue) {
    public ParamSpec {
        if (defaultValue != null) type.parse(defaultValue);   // a bad default fails when the header is read
    }

    public boolean required() {
        return defaultValue == null;
    }

    public Optional<String> defaultOption() {
        return Optional.ofNullable(defaultValue);
    }

    /** The header form, {@code country: country = VN}. */
    @Override
    public String toString() {
        return name + ": " + type.word() + (defaultValue == null ? "" : " = " + defaultValue);
    }
}
