package org.diplograph.quality;

/** The seventh blind batch (`devset7`): first contact all_facts 0.852; the floor just under it. */
class SeventhBatchTest extends BlindBatch {
    SeventhBatchTest() {
        super("devset7", 0.84, 0.90, 0.94);
    }
}
