package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When two titles, folded, name one post: the office part of telling namesakes apart. */
class HomonymPostsTest {
    @Test
    void onePostWrittenTwice() {
        assertTrue(Homonyms.samePost("ministre des ae", "ministre des affaires etrangeres"));
        assertTrue(Homonyms.samePost("ministre", "ministre de la sante"));
        assertTrue(Homonyms.samePost("vice ministre des affaires etrangeres", "vice ministre permanent des affaires etrangeres"));
    }

    @Test
    void twoPosts() {
        assertFalse(Homonyms.samePost("ministre de l industrie", "ministre de la sante"));
        assertFalse(Homonyms.samePost("ministre de l industrie", "gouverneur de la banque d etat du vietnam"));
    }
}
