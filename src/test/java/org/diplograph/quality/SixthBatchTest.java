package org.diplograph.quality;

/** The sixth blind batch (`devset6`): first contact all_facts 0.854, one story failing to load on an overlap of two names; 0.872 with that mended; the floor just under it. */
class SixthBatchTest extends BlindBatch {
    SixthBatchTest() {
        super("devset6", 0.88, 0.85, 0.80);
    }
}
