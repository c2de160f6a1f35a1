package org.diplograph.quality;

/** The second blind batch (`devset2`): first contact all_facts 0.774; the floor just under today's figure. */
class SecondBatchTest extends BlindBatch {
    SecondBatchTest() {
        super("devset2", 0.92, 0.90, 0.85);
    }
}
