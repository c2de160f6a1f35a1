package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.extract.EventKind;
import org.diplograph.extract.Modality;
import org.diplograph.extract.ParticipantRole;
import org.diplograph.extract.Standing;
import org.junit.jupiter.api.Test;

/**
 * The closed vocabularies of the facts and their SKOS schemes in {@code ontology/schemes.ttl} agree
 * both ways: every constant has a concept whose notation is its value, and every concept of the
 * scheme has a constant, so neither can gain a value the other does not know.
 */
class SchemeEnumsTest {
    private final Graph g = DipVocabularyTest.ontology();

    private Set<String> notations(Node scheme) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, SKOS.inScheme.asNode(), scheme).forEach(t ->
                g.find(t.getSubject(), SKOS.notation.asNode(), Node.ANY).forEach(n -> out.add(n.getObject().getLiteralLexicalForm())));
        return out;
    }

    /** Every constant's notation is a concept's of the scheme, every concept's a constant's, and each reads back. */
    private <E extends Enum<E>> void agree(Node scheme, E[] constants, Function<E, String> value, Function<String, E> of) {
        Set<String> values = new TreeSet<>();
        for (E e : constants) {
            values.add(value.apply(e));
            assertEquals(e, of.apply(value.apply(e)));
        }
        assertEquals(notations(scheme), values);
    }

    @Test
    void eventKindsAreTheEventTypes() {
        agree(DIP.EventTypes, EventKind.values(), EventKind::value, EventKind::of);
    }

    @Test
    void participantRolesAreTheirScheme() {
        agree(DIP.ParticipantRoles, ParticipantRole.values(), ParticipantRole::value, ParticipantRole::of);
    }

    @Test
    void modalitiesAreTheirScheme() {
        agree(DIP.Modalities, Modality.values(), Modality::value, Modality::of);
    }

    @Test
    void standingsAreTheirScheme() {
        agree(DIP.Standings, Standing.values(), Standing::value,
                v -> Arrays.stream(Standing.values()).filter(s -> s.value().equals(v)).findFirst().orElseThrow());
    }
}
