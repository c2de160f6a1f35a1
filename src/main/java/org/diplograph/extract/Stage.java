package org.diplograph.extract;

import java.util.Set;
import java.util.function.Consumer;

/**
 * One step of extraction. It declares what it needs from earlier stages and what it adds, so the
 * pipeline can refuse an order in which a stage would read what nobody has written yet.
 */
record Stage(String name, Set<String> requires, Set<String> provides, Consumer<Doc> run) {
    static Stage of(String name, Set<String> requires, Set<String> provides, Consumer<Doc> run) {
        return new Stage(name, requires, provides, run);
    }
}
