package ru

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

var _ lang.NameRomanizer = Russian{}

// RomanizeName spells a folded word of a name in Latin letters for keying
// it with the names other languages spell (lang.NameRomanizer): Romanize,
// then the letters Russian writes for a foreign name's sounds read as the
// Latin letters they stand for there: an English w between vowels
// (englishW), a гю or гя hard (hardGBeforeY), the
// и or ы after a final г dropped (hardEndingG), a final ц after a
// consonant a z (finalZ), an х after two different vowels before е or и,
// or after r, n or m before и and a vowel, a j (spanishH). A word Romanize passes through (Latin letters in Russian
// text) is returned as it is: its g keeps the Latin spelling's sound.
// These rules were package link's, named there by the Russian letters
// they read; their figures below are the name keys'.
func (r Russian) RomanizeName(w string) string {
	latin := r.Romanize(englishW(w))
	if latin == w {
		return w
	}
	return spanishH(finalZ(w, hardEndingG(hardGBeforeY(w, latin))))
}

// latinVowel reports whether c is a vowel of a romanization (y is not).
func latinVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// hardEndingG returns latin, the romanization of a word written in
// another script, without the i or y that ends it after a single g (Менги
// → meng; Кигы → kig): a г is always hard, and Russian writes an и or ы
// after it there for a case ending of a name whose Latin spelling has none
// (Менга, Dolly Menga) or for the i of a Latin hard g (Карнеги, Carnegie;
// Кигы, Turkish Kiğı), which package link's hardFinalG keeps hard. A Latin name's soft g
// before a final i Russian writes дж (Luigi, Луиджи). A final ге is left
// as it is, keyed soft like a Latin ge: Russian writes so the hard g of a
// Latin -ge as often (Blekinge, Блекинге; Bilge, Билге) as it inflects a
// name in -га (Менге); a doubled гг is too (Мэгги, Maggie: see link's
// hardFinalG).
func hardEndingG(latin string) string {
	n := len(latin)
	if n < 3 || latin[n-2] != 'g' || latin[n-1] != 'i' && latin[n-1] != 'y' || latin[n-3] == 'g' {
		return latin
	}
	return latin[:n-1]
}

// finalZ returns latin, the romanization of w, a Russian word, with the
// ts that romanizes a ц ending it after a consonant spelt z: Russian writes
// so a German z after a consonant and an English ce (Франц, Franz; Майнц,
// Mainz; Лоренц, Lorenz; Принц, Prince), where link's latinVariants keys a
// final ts apart from an s (Hearts, Хартс, is not Rose); a ц after a
// vowel is a tz's (Фриц, Fritz). Gazetteer English and Russian name IDs
// agreeing unchanged (7,364); crosslingual dev with gold mentions 934 →
// 935, -doc 10 921 → 922 (Prince, Принц); end to end unchanged.
func finalZ(w, latin string) string {
	if !strings.HasSuffix(w, "ц") || !strings.HasSuffix(latin, "ts") {
		return latin
	}
	before, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(w, "ц"))
	if before == utf8.RuneError || strings.ContainsRune("аеёиоуыэюяйь", before) {
		return latin
	}
	return latin[:len(latin)-2] + "z"
}

// hardGBeforeY returns latin, the romanization of w, a Russian word, with
// the y of a gy before a vowel dropped where w writes гю or гя (Гюлер →
// gyuler → guler; Гянджа → ganja): Russian writes a Turkish or a German ü
// after a г as ю (Güler, Гюлер; Akgün, Акгюн) and an Azerbaijani ə as я,
// its г hard, where link's latinVariants keys a Latin gy soft (Gyllenhaal,
// Джилленхол). A гь before я or ю is soft, and stays so: it is the gj of
// Albanian and the gy of Hungarian (Gjakove, Гьякове). Of the 9,055
// gazetteer entries with Turkish, English and Russian names, those whose
// English and Russian keys agree: 7,021 → 7,174, Turkish people's names
// most of them; one parted: Latin's gy before a vowel (Gyumri, Гюмри).
func hardGBeforeY(w, latin string) string {
	if !strings.Contains(w, "гю") && !strings.Contains(w, "гя") {
		return latin
	}
	b := []byte(latin)
	out := 0
	for i := 0; i < len(b); i++ {
		if b[i] == 'y' && i > 0 && b[i-1] == 'g' && i+1 < len(b) && (b[i+1] == 'a' || b[i+1] == 'u') {
			continue
		}
		b[out] = b[i]
		out++
	}
	return string(b[:out])
}

// spanishH returns latin, the romanization of a Russian word, with the h
// that romanizes its х spelt j where it is how Russian spells a Spanish g
// or j: after two different vowels and before an е or an и (Eugenia,
// Эухения; Guajiro, Гуахиро), where after one vowel an х is as often an
// English h (Tahiti, Таити, drops it) and after a doubled one an English
// long vowel's (Reeher, Риер). Only an х: an h that a Latin spelling
// writes is never a Spanish g, which Spanish writes g or j, but a
// syllable's start Russian writes х, or э after it (Luohe, Луохэ;
// Laohekou, Лаохэкоу, which keying the Latin h too had parted).
//
// An х after r, l, n or m and before an и was keyed j too, on both
// sides (Sergio, Серхио): gone, since an h there is as often the h of
// Turkish, Arabic and Hindi names, which Russian writes х or drops
// (Gölhisar, Гёлхисар; Delhi, Дели; Erhürman, Эрхюрман), and the
// gazetteer's English and Russian name pairs found it parting 3 and
// joining none; keyed on the Russian side alone it would part the Turkish
// -hisar places. Gazetteer pairs agreeing 7,876 → 7,881; crosslingual dev
// with gold mentions 929 → 926 (Sergio Aguero, Sergio Garcia). The audit
// of December 5, branch xling7. An х after r, n or m before an и that a
// vowel follows is keyed j again, on the Russian side alone: the Spanish
// gi before a vowel (Серхио, Sergio), which the Latin spelling keys as
// its soft g, where the -hisar places and Erhürman have a consonant or no
// и after it; not after an l (Сулхие, Turkish Sulhiye, parted), nor in the
// ch, sh, th of ч, ш, тх (Лашио, Фетхие). Gazetteer pairs agreeing 8,750
// unchanged, no two entries newly sharing a name ID; of natasha's
// Russian first names Серхио alone changes key; crosslingual dev with
// gold mentions 945 → 948 (-doc 10 930 → 935), end to end 804 → 807 (830
// → 835): Sergio Aguero ×2, Sergio Garcia (branch xlkey2).
func spanishH(latin string) string {
	if !strings.Contains(latin, "h") {
		return latin
	}
	b := []byte(latin)
	for i := 1; i+1 < len(b); i++ {
		if b[i] != 'h' {
			continue
		}
		if i >= 2 && latinVowel(b[i-1]) && latinVowel(b[i-2]) && b[i-2] != b[i-1] && (b[i+1] == 'e' || b[i+1] == 'i') ||
			strings.IndexByte("rnm", b[i-1]) >= 0 && i+2 < len(b) && b[i+1] == 'i' && latinVowel(b[i+2]) {
			b[i] = 'j'
		}
	}
	return string(b)
}

// englishW returns w, a folded Russian word, with the у of a уэ between a
// vowel and a consonant written w: Russian writes so an English w between
// vowels (Rowan, Роуэн; Powell, Пауэлл; Tower, Тауэр; Soweto, Соуэто),
// which the Latin spelling keys as a v, where romanLetters' u left the
// Russian name a vowel short of it. Not a уэ that ends the word, the French
// -oué and the Polynesian ue (Ogooué, Огоуэ; Niue, Ниуэ), and not before
// another vowel: an у between vowels is otherwise a u (see romanLetters).
// The w passes through Romanize as a Latin letter. Of the 10,297 gazetteer
// entries with English and Russian names, those whose name IDs agree
// 8,644 → 8,646, none parted, no two entries newly sharing a name ID;
// crosslingual dev with gold mentions 939 → 941 (Rowan Atkinson).
func englishW(w string) string {
	if !strings.Contains(w, "уэ") {
		return w
	}
	rs := []rune(w)
	for i := 1; i+2 < len(rs); i++ {
		if rs[i] == 'у' && rs[i+1] == 'э' && isVowel(rs[i-1]) && unicode.IsLetter(rs[i+2]) && !isVowel(rs[i+2]) {
			rs[i] = 'w'
		}
	}
	return string(rs)
}
