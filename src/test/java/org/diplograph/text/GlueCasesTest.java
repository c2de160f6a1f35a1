package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of glue the repair undoes, and what it must leave alone. */
class GlueCasesTest {
    private static Repair repair;

    @BeforeAll
    static void load() {
        repair = Repair.withSplitter(new GlueSplitter(FrenchDictionary.load()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ont signé unprotocole d'accord | ont signé un protocole d'accord",
            "le ministre MaiTien Dung | le ministre Mai Tien Dung",
            "la coopération enmatière de santé | la coopération en matière de santé",
            "il a suivi descours de français | il a suivi des cours de français",
            "le Vietnam prendtoujours en considération | le Vietnam prend toujours en considération",
            "le vice-présidentde l'Assemblée | le vice-président de l'Assemblée",
            "la lutte contre lacybersécurité | la lutte contre la cybersécurité",
            "les relations entre le Japonet le Chili | les relations entre le Japon et le Chili",
            "le groupe VNPTconstituerait un pôle | le groupe VNPT constituerait un pôle",
            "au Japon du5 au 7 août | au Japon du 5 au 7 août",
            "signé en 2021au Chili | signé en 2021 au Chili",
            "la criminalité età la protection | la criminalité et à la protection",
            "fin. Ladélégation est arrivée | fin. La délégation est arrivée",
            "fin. Ila souhaité | fin. Il a souhaité",
            "Parconséquent, le PLDet la JICAà Tokyo | Par conséquent, le PLD et la JICA à Tokyo",
    })
    void gluedWordsAreSeparated(String glued, String expected) {
        assertEquals(expected, repair.apply(glued, 0).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "le 14e Congrès et la 2e session",
            "de 10h30 à 12h, sur 5km et 20 ha",
            "le 1er mai, le groupe G20 et la 5G",
            "la ville de Lafontaine accueille M. Lafontaine et Mme. Lavigne",
            "M. Dumoulin et Mme Sonla ont reçu Thansamay Busko",
            "tandis que le Quang Tri Hoàng Lanh et Desmond",
            "(90,7%) et COVID-19, n°15",
            "son homologue Park Ji-hoon et le député Choi Seong-min",
            "son homologue chilien, Rodrigo Salinas, et Mme Paulinas",
            "le ministre Seydou Sangaré, M. Vitaly Orlov, son collègue Bruno Fernandes et le député Kenji Morinaga",
            "la ministre Greta Reichen-Haller et Mme Anna Tosen-Berg",
    })
    void wordsNamesNumbersAndOrdinalsStayWhole(String text) {
        assertEquals(text, repair.apply(text, 0).text());
    }

    @Test
    void offsetsOfTheRepairedTextPointIntoTheSource() {
        String src = "au Japon du5 au 7 août, Ladélégation";
        CleanText c = repair.apply(src, 10);
        int at = c.text().indexOf("5");
        assertEquals(10 + src.indexOf("5"), c.sourceOffset(at));
        assertEquals(c.sourceOffset(at), c.sourceOffset(at - 1), "the inserted space maps to the char after it");
    }
}
