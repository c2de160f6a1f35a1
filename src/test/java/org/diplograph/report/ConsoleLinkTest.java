package org.diplograph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.diplograph.DiplographException;
import org.junit.jupiter.api.Test;

class ConsoleLinkTest {

    @Test
    void findsTheConsoleAndDatasetOfAnEndpoint() {
        assertEquals(new ConsoleLink("http://127.0.0.1:3030/", "diplo"), ConsoleLink.forEndpoint("http://127.0.0.1:3030/diplo/query"));
        assertEquals(new ConsoleLink("http://127.0.0.1:3030/", "diplo"), ConsoleLink.forEndpoint("http://127.0.0.1:3030/diplo"));
        assertEquals(new ConsoleLink("https://example.org/fuseki/", "news"), ConsoleLink.forEndpoint("https://example.org/fuseki/news/sparql"));
    }

    @Test
    void aUrlWithoutDatasetIsAClearError() {
        DiplographException e = assertThrows(DiplographException.class, () -> ConsoleLink.forEndpoint("http://127.0.0.1:3030/"));
        assertTrue(e.getMessage().contains("no dataset"), e.getMessage());
        assertThrows(DiplographException.class, () -> ConsoleLink.forEndpoint("not a url"));
    }

    @Test
    void theLinkCarriesTheWholeQueryEncoded() {
        String query = "SELECT ?x { ?x ?p \"Viêt Nam & co\" } # 100% + more";
        String link = new ConsoleLink("http://127.0.0.1:3030/", "diplo").to(query);
        String prefix = "http://127.0.0.1:3030/#/dataset/diplo/query?query=";
        assertTrue(link.startsWith(prefix), link);
        String encoded = link.substring(prefix.length());
        assertTrue(encoded.matches("[A-Za-z0-9%._~*-]*"), "nothing left for the browser to misread: " + encoded);
        assertEquals(query, URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    }
}
