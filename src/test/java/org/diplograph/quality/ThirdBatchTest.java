package org.diplograph.quality;

/** The third blind batch (`devset3`): first contact all_facts 0.733; the floor just under today's figure. */
class ThirdBatchTest extends BlindBatch {
    ThirdBatchTest() {
        super("devset3", 0.89, 0.85, 0.80);
    }
}
