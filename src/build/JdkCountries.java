import java.util.Locale;

/**
 * Prints the JDK's ISO 3166-1 table as tab-separated lines for {@code countries.py}: a first line
 * {@code #java.version<TAB>...}, then one line per code: alpha-2, alpha-3, French name, English name.
 *
 * <p>Run as a single-file program: {@code java src/build/JdkCountries.java}. The names come from the
 * JDK's locale data (CLDR), so they depend on the JDK version, which is printed first.
 */
public final class JdkCountries {
    private JdkCountries() {}

    public static void main(String[] args) {
        System.out.println("#java.version\t" + System.getProperty("java.version") + "\t"
                + System.getProperty("java.vendor"));
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            System.out.println(code + "\t" + l.getISO3Country() + "\t" + l.getDisplayCountry(Locale.FRENCH)
                    + "\t" + l.getDisplayCountry(Locale.ENGLISH));
        }
    }
}
