package org.diplograph.quality;

/** The fourth blind batch (`devset4`): first contact all_facts 0.791; the floor just under today's figure. */
class FourthBatchTest extends BlindBatch {
    FourthBatchTest() {
        super("devset4", 0.87, 0.85, 0.80);
    }
}
