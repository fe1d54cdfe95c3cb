package eu.eurocurate.langid;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words that tell the Bosnian, Croatian and Serbian standards apart where character trigrams cannot: the reflex of
 * Common Slavic jat (ekavian {@code vreme, mleko, gde} in the Serbian of Serbia; ijekavian {@code vrijeme, mlijeko,
 * gdje} in Croatian and Bosnian), and words each standard prescribes ({@code tko, tisuća, vlak, glazba, kruh} and
 * the Croatian month names; {@code ko, šta, hiljada, voz, muzika} in Bosnian and Serbian; {@code historija, lahko,
 * kahva} in Bosnian; {@code istorija, avgust, hleb, uopšte} in Serbian). Sources: the differences listed in
 * Wikipedia's "Differences between standard Bosnian, Croatian, Montenegrin and Serbian" and the standards' own
 * orthographies (Hrvatski pravopis 2013, Pravopis srpskoga jezika 2010, Pravopis bosanskoga jezika 2018).
 *
 * <p>Only unambiguous word forms are listed: a form that is a different word in another standard ({@code svet} is
 * "holy" in Croatian as well as ekavian "world"), a name, or a form shared by all three is left out. Ijekavian
 * Serbian (Bosnia and Herzegovina, Montenegro) exists, so ijekavian forms point to Croatian and Bosnian without
 * ruling Serbian out: they only add evidence. Cyrillic text is read transliterated to Latin.
 *
 * <p>{@link #count} gives, per standard, the number of marker words in the text; {@link NgramLanguageIdentifier}
 * adds {@link NgramLanguageIdentifier#MARKER_NATS} of evidence per marker to each standard it points to.
 */
final class BcmsMarkers {

    /** Index of each standard in the arrays {@link #count} returns. */
    static final int HRV = 0;
    static final int BOS = 1;
    static final int SRP = 2;

    private static final Map<String, int[]> MARKERS = new HashMap<>();

    static {
        // ekavian: the Serbian standard of Serbia (Croatian and Bosnian are ijekavian only). Not listed: forms the
        // ijekavian standards share (vremena, reci), or that are other words there (svet: "holy")
        add("vreme mleko reka reke lepo lep lepa lepe deca dece dete deteta mesto mesta mestu cena cene ceni vest "
                + "vesti pesma pesme reč reči sneg hteo htela videti živeti razumeti verovatno uvek nedelja nedelje "
                + "nedelju primer primera pre posle gde ovde deo dela delu telo tela beli bela belo belog mesec meseca "
                + "meseci mesecu vek veka veku svetski svetske svetskog celi cela celo celog ceo rešenje rešenja uspeh "
                + "uspeha lekar lekara severno severni", SRP);
        // ijekavian: Croatian and Bosnian (and the minority ijekavian Serbian: evidence, not proof)
        add("vrijeme mlijeko rijeka rijeke lijepo lijep lijepa lijepe djeca djece dijete djeteta mjesto mjesta mjestu "
                + "cijena cijene cijeni vijest vijesti pjesma pjesme riječ riječi snijeg htio htjela vidjeti živjeti "
                + "razumjeti uvijek nedjelja nedjelje nedjelju primjer primjera prije poslije gdje ovdje dio dijela "
                + "dijelu tijelo tijela bijeli bijela bijelo bijelog mjesec mjeseca mjeseci mjesecu vijek vijeka vijeku "
                + "svjetski svjetske svjetskog cijeli cijela cijelo cijelog uspjeh uspjeha sjeverno sjeverni rješenje "
                + "rješenja", HRV, BOS);
        // Croatian vocabulary and forms
        add("tko tisuća tisuće tisuću kruh vlak vlaka glazba glazbe glazbu tjedan tjedna tjednu siječanj siječnja "
                + "veljača veljače ožujak ožujka travanj travnja svibanj svibnja lipanj lipnja srpanj srpnja kolovoz "
                + "kolovoza rujan rujna listopad listopada studeni studenoga studenog prosinac prosinca zrakoplov zrakoplova "
                + "sveučilište sveučilišta nogomet nogometa kazalište kazališta povijest povijesti vjerojatno "
                + "tvornica tvornice izvješće izvješća znanost znanosti obitelj obitelji europski europske europskog "
                + "europska europsku liječnik liječnika glazbenik tijekom", HRV);
        // Bosnian and Serbian vocabulary
        add("ko šta hiljada hiljade hiljadu voz voza muzika muzike muziku sedmica sedmice januar januara februar "
                + "februara mart marta juni juna juli jula septembar septembra oktobar oktobra novembar novembra "
                + "decembar decembra fudbal fudbala univerzitet univerziteta porodica porodice porodici porodicu april aprila evropski "
                + "evropske evropskog evropska evropsku opština opštine tokom", BOS, SRP);
        // Bosnian: h-forms, historija, ljekar
        add("historija historije historiju historijski lahko kahva kahve sahat mehko ljekar ljekara", BOS);
        // Serbian of Serbia
        add("istorija istorije istoriju istorijski hleb hleba uopšte avgust avgusta", SRP);
    }

    private BcmsMarkers() {
    }

    private static void add(String words, int... standards) {
        for (String w : words.split(" ")) {
            int[] previous = MARKERS.put(w, standards);
            if (previous != null) {
                throw new IllegalStateException("marker listed twice: " + w);
            }
        }
    }

    /** Marker words of the text per standard: {hrv, bos, srp}. Cyrillic is read transliterated to Latin. */
    static int[] count(CharSequence text) {
        String latin = SerbianTransliteration.toLatin(text).toLowerCase(Locale.ROOT);
        int[] counts = new int[3];
        int start = -1;
        for (int i = 0; i <= latin.length(); i++) {
            boolean letter = i < latin.length() && Character.isLetter(latin.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                int[] standards = MARKERS.get(latin.substring(start, i));
                if (standards != null) {
                    for (int s : standards) {
                        counts[s]++;
                    }
                }
                start = -1;
            }
        }
        return counts;
    }
}
