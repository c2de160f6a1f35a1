package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.DiplographException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the data folder's format stamp; a real folder of the previous build is in cli's EarlierDataFolderTest. */
class FolderFormatTest {
    @TempDir Path folder;

    @Test
    void aFolderWithoutStampGetsTheCurrentOneAndKeepsIt() {
        assertEquals(0, FolderFormat.of(folder));
        FolderFormat.admit(folder);
        assertEquals(FolderFormat.CURRENT, FolderFormat.of(folder));
        FolderFormat.admit(folder);
        assertEquals(FolderFormat.CURRENT, FolderFormat.of(folder));
        assertFalse(Files.exists(folder.resolve(FolderFormat.FILE + ".part")));
    }

    @Test
    void aFormatOlderThanTheBuildReadsIsRefusedWithOneLine() {
        FolderFormat.stamp(folder, 1);
        DiplographException e = assertThrows(DiplographException.class, () -> FolderFormat.admit(folder, 2, 3));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains("is in data format 1, older than this build of diplograph"), e.getMessage());
        assertTrue(e.getMessage().contains("reads (formats 2 to 3)"), e.getMessage());
        assertTrue(e.getMessage().contains("'diplograph ingest --db NEW_FOLDER PATH...'"), e.getMessage());
        assertEquals(1, FolderFormat.of(folder), "left as it was");
    }

    @Test
    void aFormatWithinTheRangeOpensUnchanged() {
        FolderFormat.stamp(folder, 2);
        FolderFormat.admit(folder, 1, 3);
        assertEquals(2, FolderFormat.of(folder), "an older format the build reads is not restamped by opening");
    }

    @Test
    void aStampThatSaysNoFormatIsRefused() throws Exception {
        Files.writeString(folder.resolve(FolderFormat.FILE), "something else\n");
        DiplographException e = assertThrows(DiplographException.class, () -> FolderFormat.admit(folder));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains("does not say a data format"), e.getMessage());
    }

    @Test
    void storeOpenChecksTheStampBeforeTheDatabase() {
        FolderFormat.stamp(folder, FolderFormat.CURRENT + 1);
        assertThrows(DiplographException.class, () -> Store.open(folder));
        assertFalse(Store.exists(folder), "no database created in a folder that was refused");
    }
}
