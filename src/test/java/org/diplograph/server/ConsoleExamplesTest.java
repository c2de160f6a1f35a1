package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.diplograph.query.Catalogue;
import org.diplograph.query.CannedQuery;
import org.junit.jupiter.api.Test;

/** The console's example menu says which parameters are optional, and its examples run as shown, with no range. */
class ConsoleExamplesTest {
    @Test
    void anExampleNamesTheOptionalDateRange() {
        CannedQuery partners = Catalogue.load().get("partners");
        String text = ConsoleSetup.example(partners);
        assertTrue(text.contains("# ?from is optional: bind it to a date YYYY-MM-DD, or leave it open"), text);
        assertTrue(text.contains("# ?to is optional"), text);
        assertFalse(text.contains("is left open: bind it"), "nothing is required: " + text);
        QueryFactory.create(text);   // the example parses as it is shown
    }
}
