package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Repair#letter} is {@code Character.isLetter} for every char. */
class RepairLetterTest {
    @Test
    void everyChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetter((char) c), Repair.letter((char) c), "U+" + Integer.toHexString(c));
        }
    }
}
