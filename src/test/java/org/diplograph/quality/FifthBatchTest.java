package org.diplograph.quality;

/** The fifth blind batch (`devset5`): first contact all_facts 0.786; the floor just under today's figure. */
class FifthBatchTest extends BlindBatch {
    FifthBatchTest() {
        super("devset5", 0.85, 0.85, 0.80);
    }
}
