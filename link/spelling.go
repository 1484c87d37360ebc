package link

import (
	"bytes"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The letters of a name key: a word's Latin spelling (appendSpelling),
// with the spellings transliteration tells apart merged (latinVariants) and
// the sound rules of particular languages and letters (hard g, silent w,
// Turkish c, pinyin ng, Slavic -ćić, voiced th), and its consonant
// skeleton (appendSkeleton). namekey.go builds the key from these.

// latinVariants merges the spellings transliteration tells apart. A c
// before e, i or y is soft (Celesio, Селесио), and so is a g, which
// English writes for the sound of дж and ж (Gerrard, Джеррард; Rangers,
// Рейнджерс; Armitage, Армитаж), while a hard g stays apart from j (Jones
// is not Ганс). A gu before e or i is keyed as that g (Rodríguez, Родригес;
// Miguel, Мигель): Russian writes it г, whose е or и follows as in Latin.
// An Albanian xh is дж (Xherdan, Джердан), and so are the dj of French
// and Serbo-Croatian spellings (Djibouti, Джибути; Djokovic, Джокович) and
// the dzh of Bulgarian ones (Pazardzhik, Пазарджик). A dz is the z Russian
// writes дз in Japanese names (Miyazaki, Миядзаки; Suzuki, Судзуки), and
// the дз of a Polish dz: keyed as a z, as its Latin spelling is. Of the
// 9,055 gazetteer entries with Turkish, English and Russian names, those
// whose English and Russian keys agree 7,174 → 7,193, none parted;
// crosslingual dev unchanged. The ngh of an English -ngham is нг before
// the е Russian writes for its a (Buckinghamshire, Бакингемшир;
// Nottingham, Ноттингем); only there: a pinyin ng before ha is a
// syllable's н and the next one's х (Shanghai, Шанхай; Guanghan,
// Гуанхань), and pinyin has no syllable in m (keyed for any ngha, it had
// parted those three gazetteer pairs to join Nottingham; the audit of
// December 5, branch xling7). ts and tz before a vowel are how Russian
// spells the sound of a soft c or a z (Центр, Central; Моцарт, Mozart); a final ts stays
// (Hearts is not Rose; Roberts, Робертс, keeps it on both sides). A -tion
// is the -шн or -ци of Russian and the -syon of Turkish (Nationals,
// Нэшионалс; Station, İstasyon, Стейшн), never a т; crosslingual dev 730 →
// 731 (Nationals), no dev mention newly joined to another's name. A gh
// before a vowel is the г Russian writes (Ghana, Гана; Afghanistan,
// Афганистан; Meghan, Меган), soft before an e or an i as a g is, unless
// a u or an i before it silences it (Hughes, Хьюз; Leighton); an ngh is
// an n, as before, since the h is pinyin's next syllable (Tsinghua,
// Цинхуа). Gazetteer English and Russian name IDs agreeing 7,340 →
// 7,354, none parted; crosslingual dev with gold mentions unchanged (926:
// Gallagher joins Галлагер and parts from Галлахер, both in dev).
// Elsewhere, before a consonant or at a word's end, a gh is keyed g, as it
// is written (its h is dropped with every h): English's silent gh is the
// ugh, igh and rgh above (Hughes, Leighton, Pittsburgh), and the rest is
// mostly the Arabic and Persian ghayn, which Russian writes г (Baghdad,
// Багдад; Maghreb, Магриб; Baghlan, Баглан). The gh dropped there had
// parted 8 gazetteer pairs and joined 1 (Araghchi, Аракчи; the audit of
// December 5, branch xling7).
//
// The pairs are old and new spellings, as for strings.NewReplacer, and
// merge as it would: left to right, at each position the first pair
// whose old spelling starts there (see appendLatinVariants).
var latinVariants = []string{
	"th", "t", "ph", "f", "ck", "k", "qu", "k", "rgh", "rg", "ugh", "u", "igh", "i",
	"gha", "ga", "ghe", "je", "ghi", "ji", "gho", "go", "ghu", "gu", "ghy", "jy", "sch", "sh", "dzh", "j", "zh", "j", "dg", "j", "dj", "j", "dz", "s", "kh", "h",
	"xh", "j", "gue", "je", "gui", "ji", "ngham", "njem", "ngh", "n", "tion", "sion",
	"ce", "se", "ci", "si", "cy", "sy", "ge", "je", "gi", "ji", "gy", "jy",
	"tsa", "sa", "tse", "se", "tsi", "si", "tso", "so", "tsu", "su", "tsy", "sy",
	"tza", "sa", "tze", "se", "tzi", "si", "tzo", "so", "tzu", "su",
	"c", "k", "q", "k", "w", "v", "z", "s", "x", "ks"}

// latinVariantsAt lists, for each byte, the pairs of latinVariants whose
// old spelling starts with it, in their order: most letters start none,
// so that a word is merged in a pass over it with a few comparisons,
// where a strings.Replacer of these pairs walked a trie at every letter.
var latinVariantsAt = func() (at [256][][2]string) {
	for i := 0; i+1 < len(latinVariants); i += 2 {
		old := latinVariants[i]
		at[old[0]] = append(at[old[0]], [2]string{old, latinVariants[i+1]})
	}
	return at
}()

// appendLatinVariants appends b to dst with the spellings of latinVariants
// merged.
func appendLatinVariants(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		matched := false
		for _, p := range latinVariantsAt[b[i]] {
			if old := p[0]; startsAt(b, i, old) {
				dst = append(dst, p[1]...)
				i += len(old)
				matched = true
				break
			}
		}
		if !matched {
			dst = append(dst, b[i])
			i++
		}
	}
	return dst
}

// startsAt reports whether b[i:] starts with s, whose first byte is b[i].
func startsAt(b []byte, i int, s string) bool {
	if len(b)-i < len(s) {
		return false
	}
	for k := 1; k < len(s); k++ {
		if b[i+k] != s[k] {
			return false
		}
	}
	return true
}

// appendSkeleton appends to dst the consonant skeleton of one folded word:
// its spelling (appendSpelling) less its vowels, doubled letters
// collapsed. turkish says the word is of a Turkish name (see turkishC),
// pinyin that it is a word of pinyin (see pinyinNG).
func appendSkeleton(dst []byte, w string, turkish, pinyin bool) ([]byte, bool) {
	start := len(dst)
	dst = appendSpelling(dst, w, turkish, pinyin)
	vowelFirst := len(dst) > start && isVowel(dst[start])
	out := start
	for i := start; i < len(dst); i++ {
		c := dst[i]
		if isVowel(c) || out > start && dst[out-1] == c {
			continue
		}
		dst[out] = c
		out++
	}
	return dst[:out], vowelFirst
}

// spelling returns a folded word in lower-case ASCII letters, marks
// dropped, spelling variants merged (see latinVariants), h dropped, y
// spelt i and doubled letters collapsed: the word's skeleton with vowels.
func spelling(w string) string { return string(appendSpelling(nil, w, false, false)) }

// appendSpelling appends spelling(w) to dst. Its intermediate forms are
// kept on the stack for words of up to 64 letters: every mention's name is
// keyed.
func appendSpelling(dst []byte, w string, turkish, pinyin bool) []byte {
	var lettersBuf, mergedBuf [64]byte
	b := lettersBuf[:0]
	for _, r := range w {
		switch {
		case r == 'ö' && len(b) > 0 && b[len(b)-1] == 'g':
			// An ö after a g (Gökhan, Göteborg, Göring) is the ё
			// Russian writes after its г, which Russian spells е as
			// often as not and folding reads so (Гёкхан, Гекхан,
			// гекхан): spelt e, so that the g keys soft before it in
			// both scripts, as a g before an e does. An English text
			// that drops the dots (Gokhan) keys as before, apart from
			// both: no name the three languages shared is parted. Of
			// the 9,269 gazetteer entries with English and Russian
			// names, those whose name IDs agree 7,615 → 7,694, none
			// parted; crosslingual dev unchanged (no dev name has it).
			b = append(b, 'e')
		case r == 'ç' || r == 'č' || r == 'ć':
			// ч in Turkish, Slavic and Albanian names, before an e or an
			// i too (Çetin, Четин; Braslovče, Брасловче), where a c is
			// soft: spelt k, as latinVariants keys ч's romanization, ch.
			// French's and Portuguese's ç, с in Russian, comes before a,
			// o or u only, where a c is keyed k already (François,
			// Франсуа, is keyed as before). Of the 9,055 gazetteer entries
			// with Turkish, English and Russian names, those whose English
			// and Russian keys agree: 6,879 → 7,021, none parted;
			// crosslingual dev unchanged (Çin, China, now alike in
			// organizations' names).
			b = append(b, 'k')
		case lettersOwnSound(r):
			b = appendLetterSound(b, r)
		case r < rune(len(asciiLetterOf)):
			if c := asciiLetterOf[r]; c != 0 {
				b = append(b, c)
			}
		default:
			b = appendASCIILetters(b, r)
		}
	}
	if turkish || turkishSpelling(w) {
		turkishC(b)
	}
	if pinyin {
		b = pinyinNG(b)
	}
	// A word's initial x before an i or a u is pinyin's, the с Russian
	// writes (Xi, Си; Xinhua, Синьхуа; Xu, Сюй), where elsewhere an x is
	// кс (Alexander, Александр; Xavier, Ксавье).
	if len(b) > 1 && b[0] == 'x' && (b[1] == 'i' || b[1] == 'u') {
		b[0] = 's'
	}
	// Russian writes an English initial W as У before a vowel (Уэст, Уильям).
	if len(b) > 1 && b[0] == 'u' && isVowel(b[1]) {
		b[0] = 'v'
	}
	// Mc is Mac (McIlroy, Макилрой): its c is hard before any letter.
	if len(b) > 1 && b[0] == 'm' && b[1] == 'c' {
		b = append(b, 0)
		copy(b[3:], b[2:])
		b[1], b[2] = 'a', 'k'
	}
	// An initial kh before a vowel is the Latin spelling of Х, Russian's
	// and the Arabic, Persian and Central Asian sound Russian writes so
	// (Khartoum, Хартум; Kherson, Херсон; Khan, Хан; Al-Khalifa,
	// Аль-Халифа), and Turkish's h (Khachaturyan, Haçaturyan): keyed as
	// the initial h below, where latinVariants' kh → h, then dropped,
	// left the word without it. Of the 9,269 gazetteer entries with
	// English and Russian names, those whose name IDs agree 7,365 →
	// 7,403, none parted; crosslingual dev unchanged (no dev name opens
	// so).
	if len(b) > 2 && b[0] == 'k' && b[1] == 'h' && (isVowel(b[2]) || b[2] == 'y') {
		b = b[1:]
	}
	// An initial h before a vowel is a g: Russian writes an English or a
	// German h as Г or as Х (Harvard, Гарвард; Hans, Ганс; Halkett,
	// Халкетт), and Х romanizes as h. That g is hard, whatever vowel
	// follows: the vowel letters after it are where the spellings part
	// (Hearts, Хартс; Hyde, Хайд; Hatton, Хэттон), and latinVariants would key it soft before an e, an i or a y in
	// one language only. Of the 9,269 gazetteer entries with English and
	// Russian names, those whose name IDs agree 7,198 → 7,243;
	// crosslingual dev 746 → 747 (-doc 10 777 → 779; gold mentions 894 →
	// 896, 879 → 881): Hearts, Хартс joined; Henry, Генри parted (the г of
	// Russian's older spellings, before е keyed soft as a Latin g is), and
	// Holly and Hill now share name:gl (Hill and Jill did).
	hardInitial := len(b) > 1 && b[0] == 'h' && (isVowel(b[1]) || b[1] == 'y')
	if hardInitial {
		b[0] = 'g'
	}
	// A word-final gh after a vowel is silent: the Irish and Scottish
	// -agh and -ogh (Armagh, Арма; Kavanagh, Кавана; McDonagh, Макдона),
	// where a gh before a consonant is the ghayn latinVariants keys g
	// (the review of December 5 afternoon found the three parted).
	if n := len(b); n > 3 && b[n-2] == 'g' && b[n-1] == 'h' && isVowel(b[n-3]) {
		b = b[:n-2]
	}
	b = dropSilentW(b)
	b = hardFinalG(b)
	slavicCic(b)
	voicedTh(b)
	hardGBeforeEi(b)
	merged := finalNG(appendLatinVariants(mergedBuf[:0], b))
	if hardInitial && merged[0] == 'j' {
		merged[0] = 'g'
	}
	start := len(dst)
	for _, c := range merged {
		switch c {
		case 'y':
			c = 'i'
		case hardG:
			c = 'g'
		}
		if c == 'h' {
			continue
		}
		if len(dst) > start && dst[len(dst)-1] == c {
			continue
		}
		dst = append(dst, c)
	}
	return dst
}

// appendASCIILetters appends the lower-case ASCII letters of r's canonical
// decomposition (ı as i), marks and other letters dropped.
func appendASCIILetters(b []byte, r rune) []byte {
	for _, d := range norm.NFD.String(string(r)) {
		switch {
		case d == 'ı':
			b = append(b, 'i')
		case d < 0x80 && unicode.IsLetter(d):
			b = append(b, byte(unicode.ToLower(d)))
		}
	}
	return b
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// dropSilentW drops, in place, a w that follows a vowel and precedes none
// (Marlow, Lithgow, Shawn, Lawless), which Russian spells as a vowel
// (Марлоу, Литгоу, Шон, Лоулесс); a w before a vowel stays (Howard,
// Говард), and so does the w of a Slavic -wski (Lewandowski, Левандовски).
func dropSilentW(b []byte) []byte {
	out := 0
	for i := 0; i < len(b); i++ {
		// b[i+1:] is still as it was: out never passes i.
		if b[i] == 'w' && i > 0 && isVowel(b[i-1]) && (i+1 == len(b) || !isVowel(b[i+1]) && !bytes.HasPrefix(b[i+1:], []byte("sk"))) {
			continue
		}
		b[out] = b[i]
		out++
	}
	return b[:out]
}

// hardFinalG drops, in place, the vowels after a single g that ends a
// word but for an i, an ie or a ui (Carnegie, Mandagi, Kogi; Anzoátegui;
// Turkish Kiğı, Birliği): a g there is hard, and Russian writes it г
// (Карнеги, Мандаги, Кигы), whose romanization keeps it hard there too
// (the language's romanization of names: lang.NameRomanizer), where before a vowel that another letter follows a g
// is keyed soft (see latinVariants). Italian's soft gi (Luigi, Луиджи) is
// keyed hard with them: a g before a final i is more often hard in the
// names news spells (Japanese, Turkish, Indonesian; Carnegie). A final ge,
// gue or gy is left soft, as Russian's final ге is: English's soft g
// (George, Armitage, Energy) and other languages' hard one (Blekinge,
// Magangué) end so alike. Doubled, gg is left too (Maggie, Мэгги, keyed
// alike). The vowels dropped are a skeleton's anyway. With Russian's
// dropping the и or ы after a final г (lang/ru hardEndingG):
// crosslingual dev 742 → 745 (Менги, Долли Менги), Carnegie and Mandagi
// kept; of the 9,055 gazetteer entries with Turkish, English and Russian
// names, those whose English and Russian keys agree 6,880 → 6,879
// (Changyi, Чанги, parted).
func hardFinalG(b []byte) []byte {
	n := len(b)
	for _, end := range [...]string{"gi", "gie", "gui"} {
		if g := n - len(end); g > 0 && b[g-1] != 'g' && string(b[g:]) == end {
			return b[:g+1]
		}
	}
	return b
}

// turkishSpelling reports whether a folded word is spelt with a letter
// of Turkish (and Azerbaijani) orthography that no other orthography
// whose names news spells with a c writes so: ğ, ş, ç, ö, a ü but in a
// güe or a güi (Spanish's: Camagüey) and a ı not opening the word nor after a
// Mc or a Mac (Turkish folds a foreign name's capital I so: Inacio,
// ınacio; McIlroy, mcılroy). Such a word is a
// Turkish or an Azerbaijani name, whose c is the дж Russian writes for it
// (see turkishC).
func turkishSpelling(w string) bool {
	prev := rune(0)
	for i, r := range w {
		switch r {
		case 'ğ', 'ş', 'ç', 'ö':
			return true
		case 'ü':
			if next := w[i+len("ü"):]; prev != 'g' || !strings.HasPrefix(next, "e") && !strings.HasPrefix(next, "i") {
				return true
			}
		case 'ı':
			if turkishDotless(w, i) {
				return true
			}
		}
		prev = r
	}
	return false
}

// turkishDotless reports whether the ı at byte i of a folded word is
// Turkish's own letter: not one opening the word nor right after an
// opening Mc or Mac, where Turkish folding makes one of a foreign name's
// capital I (Inacio, ınacio; McIlroy, mcılroy).
func turkishDotless(w string, i int) bool {
	return i > 0 && w[:i] != "mc" && w[:i] != "mac"
}

// turkishC spells, in place, the c of a Turkish or an Azerbaijani name
// (see turkishSpelling) as the j it is, the дж Russian writes
// (Kılıçdaroğlu's c as in Bağcılar, Багджылар; Gürcan, Гюрджан; Düzce,
// Дюздже; Kızılcahamam, Кызылджахамам), where latinVariants keys a c
// as a k or an s; not a c before an h or a k, which that orthography
// has not (a foreign name's ch, ck). Of the 9,269 gazetteer entries with
// English and Russian names, those whose name IDs agree 7,404 → 7,604,
// Turkish places and members of parliament most of them, none parted;
// crosslingual dev unchanged (no dev name has it). A word without such a
// letter keeps its c as before (Erzincan, Cengiz: most Turkish names
// have none, and a foreign name in Turkish text keeps its spelling).
func turkishC(b []byte) {
	for i := range b {
		if b[i] == 'c' && (i+1 == len(b) || b[i+1] != 'h' && b[i+1] != 'k') {
			b[i] = 'j'
		}
	}
}

// hardG marks, in a word being spelt, a g that latinVariants must not
// key soft: no pair starts with it, and appendSpelling spells it g.
const hardG = 'G'

// hardGBeforeEi marks hard, in place, a g before an ei or an ey that a
// consonant follows or that ends the word: Russian writes гей for the
// hard g of an English ga said as in "gate" (Gates, Гейтс; Gale, Гейл;
// Gaines, Гейнс; Gabe, Гейб; Gaynor, Гейнор), which latinVariants keyed
// soft on the Russian side only, and the Latin gei of a German or a
// Scandinavian name is hard as well (Geiger, Гейгер; Geir, Гейр), keyed
// alike on both sides. A g before an ey that a vowel follows is left soft:
// there the y is the й of the vowel after it (Adygea, Адыгея). Of the
// 9,269 gazetteer entries with English and Russian names, those whose
// name IDs agree 7,403 → 7,404 (Göynük, Гёйнюк), none parted;
// crosslingual dev unchanged (no dev name has it).
func hardGBeforeEi(b []byte) {
	for i := 0; i+2 < len(b); i++ {
		if b[i] == 'g' && b[i+1] == 'e' && (b[i+2] == 'i' || b[i+2] == 'y') && (i+3 == len(b) || !isVowel(b[i+3]) && b[i+3] != 'y') {
			b[i] = hardG
		}
	}
}

// finalNG drops, in place, the g of an ng that ends a word or that only a
// vowel follows there (Yong, Ён; Sterling, Стерлингу; Menga, Менги):
// Russian writes the ng that ends a Korean or a Chinese syllable н (Ri
// Yong Ho, Ри Ён Хо; Zhang, Чжан) and an English one нг (Young, Янг), and
// a case ending after it, which the stemmer leaves (Стерлингу), or
// an и after a final г (lang/ru hardEndingG), would keep the g of the one and not of the other; a g
// before a vowel the word goes on after stays (Angela). Of the 9,269
// gazetteer entries with English and Russian names, those whose name IDs
// agree 7,303 → 7,340; crosslingual dev with gold mentions 921 → 924,
// -doc 10 906 → 911, end to end 753 → 755 and 784 → 786 (Ri Yong Ho);
// one pair of dev names newly shares a name ID over the split (Menga,
// Moon: name:mn, two consonants), none in a document.
func finalNG(b []byte) []byte {
	n := len(b)
	switch {
	case n > 2 && b[n-2] == 'n' && b[n-1] == 'g':
		return b[:n-1]
	case n > 3 && b[n-3] == 'n' && b[n-2] == 'g' && isVowel(b[n-1]):
		return append(b[:n-2], b[n-1])
	}
	return b
}

// glideJ spells i a j of a name written in Latin letters that follows a consonant other than d or n and
// precedes a vowel (Bjorn, Бьорн; Gjorge, Георге; Ljubljana, Любляна): a
// glide, which Russian writes as a soft sign or a soft vowel, where a j
// after d or n is the sound of дж (Benjamin, Бенджамин). So is a j after
// a vowel that no vowel follows, but for the word's first vowel: the й
// of Slavic names and the ij of Dutch ones (Andrej, Андрей; Vojvodina,
// Воеводина; Ratajkowski, Ратайковски; Kralendijk, Кралендейк), which
// kept a j in the key that Russian's й, a vowel there, has not. Not an
// opening Aj or Ej (Ajman, Аджман; Ejder, Эждер), a j before a vowel,
// which English and Arabic names write for дж (Sajid, Саджид), nor a jj
// (Hajj). Of
// the 10,522 gazetteer entries with English and Russian names, those
// whose name IDs agree 8,955 → 8,965 (12 joined; Najran, Наджран, and
// Rajshahi, Раджшахи, parted: Arabic's and Bengali's j is дж); of the
// 84,780 Census surnames, the 157 with such a j are Polish and Czech
// but for a few (Maharaj, Farraj); crosslingual dev 836 → 837 (-articles
// 875 → 876, gold mentions 960 → 961: Emily Ratajkowski, Эмили
// Ратаковски), no false merge added. It is applied before a name is
// romanized: a romanization's j is a consonant.
func glideJ(s string) string {
	if !strings.Contains(s, "j") {
		return s
	}
	b := []byte(s)
	for i := 1; i < len(b); i++ {
		if b[i] != 'j' {
			continue
		}
		if i+1 < len(b) && !isVowel(b[i-1]) && b[i-1] != 'd' && b[i-1] != 'n' && b[i-1] != 'y' && isVowel(b[i+1]) {
			b[i] = 'i'
		} else if i > 1 && isVowel(b[i-1]) && (i+1 == len(b) || !isVowel(b[i+1]) && b[i+1] != 'j') {
			b[i] = 'i'
		}
	}
	return string(b)
}

// slavicCic spells k, in place, the c before a word's final ic: the
// -čić of Serbo-Croatian and Slovene surnames written without marks
// (Kovacic, Ковачич), whose č is a ч, keyed k as č is (see
// appendSpelling), where latinVariants keyed a c before an i soft. Not
// a c before an ic elsewhere (Lucica): a Slavic -čić ends the word, and
// English writes no word so. Gazetteer English and Russian name IDs
// agreeing unchanged (8,750), no two entries newly sharing one; of the
// Census surnames 20 change key (Ivancic, Lucic); crosslingual dev with
// gold mentions 943 → 945 (-doc 10 928 → 930), end to end 803 → 804
// (829 → 830): Mateo Kovacic, Матео Ковачич.
func slavicCic(b []byte) {
	if n := len(b); n > 3 && string(b[n-3:]) == "cic" {
		b[n-3] = 'k'
	}
}

// voicedTh spells s, in place, the th of an eather: English's voiced th
// (Merriweather, Мерриуэзер; Heather, Хизер; Featherstone, Фезерстоун),
// which Russian writes з, where a th elsewhere is the т it writes (Smith,
// Смит; Luther, Лютер; Brotherson, Бротерсон). Keyed for any vowel before
// a ther, it parted 2 gazetteer pairs (Brotherson, Catherine, Катерине)
// and joined none, and merged Luther with Lazar; for the eather alone,
// gazetteer English and Russian name IDs agreeing unchanged (8,750), no
// two entries newly sharing one; of the Census surnames 44 change key,
// the eathers all; crosslingual dev with gold mentions 948 → 949 (-doc
// 10 935 → 936), end to end 807 → 808 (835 → 836): Merriweather.
func voicedTh(b []byte) {
	for i := 2; i+3 < len(b); i++ {
		if b[i] == 't' && b[i+1] == 'h' && b[i-2] == 'e' && b[i-1] == 'a' && b[i+2] == 'e' && b[i+3] == 'r' {
			b[i] = 's'
		}
	}
}

// lettersOwnSound reports whether appendLetterSound spells r: a letter of
// a European orthography whose canonical decomposition is none (ł, ð, þ,
// đ, ø, æ, ß: the word lost it) or the wrong consonant (ž, ř, ț: a z, an r
// and a t where Russian writes ж, рж or рш, ц).
func lettersOwnSound(r rune) bool {
	switch r {
	case 'ž', 'Ž', 'ř', 'Ř', 'ț', 'Ț', 'ł', 'Ł', 'ð', 'Ð', 'þ', 'Þ', 'đ', 'Đ', 'ø', 'Ø', 'æ', 'Æ', 'ß':
		return true
	}
	return false
}

// appendLetterSound appends to a word's letters so far (b) the Latin
// spelling of the sound r is written for, as Russian transliterates it:
// the ž of Czech, Slovak, Slovene, Croatian, Lithuanian and Latvian names
// is ж, spelt j as ж's romanization zh is (Žilina, Жилина; Domžale,
// Домжале; a dž is then the dj keyed as дж); Czech ř is рш after a
// voiceless consonant and рж elsewhere (Příbram, Пршибрам; Kroměříž,
// Кромержиж); Romanian ț is ц (Galați, Галац), where the cedilla's ţ of
// Arabic transliteration stays a t (Asyuţ, Асьют); Polish ł is л (Łódź,
// Лодзь); Icelandic ð and þ are the д and т Russian writes
// (Fjarðabyggð, Фьярдабиггд; Múlaþing, Мулатинг); Serbo-Croatian đ is
// дж (Đoković, Джокович); ø and æ are vowels, ß is ss. Decomposed, ž,
// ř and ț were a z, an r and a t, and the others were dropped. Of the
// 10,408 gazetteer entries with English and Russian names, those whose
// name IDs agree 8,850 → 8,893 (Slovak, Slovene, Croatian, Latvian,
// Czech, Romanian, Polish and Icelandic places), none parted; pairs of
// entries whose English names share a name ID 124 fewer, 42 more (a
// short key now met: Łódź, ls, as Laos's); crosslingual dev unchanged (no
// dev name has such a letter). đ and ß have no gazetteer pair to judge
// them: they are spelt as their orthographies say.
func appendLetterSound(b []byte, r rune) []byte {
	switch r {
	case 'ž', 'Ž':
		return append(b, 'j')
	case 'ř', 'Ř':
		if n := len(b); n > 0 && (strings.IndexByte("ptkfs", b[n-1]) >= 0 || n > 1 && b[n-2] == 'c' && b[n-1] == 'h') {
			return append(b, 'r', 's', 'h')
		}
		return append(b, 'r', 'j')
	case 'ț', 'Ț':
		return append(b, 't', 's')
	case 'ł', 'Ł':
		return append(b, 'l')
	case 'ð', 'Ð':
		return append(b, 'd')
	case 'þ', 'Þ':
		return append(b, 't', 'h')
	case 'đ', 'Đ':
		return append(b, 'd', 'j')
	case 'ø', 'Ø':
		return append(b, 'o')
	case 'æ', 'Æ':
		return append(b, 'e')
	}
	return append(b, 's', 's') // ß
}
