package tr

import "strings"

// Verbs of saying as a class: each is given by its stem, and the forms
// news writes it in come from Turkish's vowel harmony and consonant
// assimilation: the past (söyledi, belirtti), the past of the past and the
// reported past (söylemişti, söylemiş), the present continuous (söylüyor,
// açıklıyor), and their plurals. The table listed phrasings one by one:
// "söyledi" but not "söylemişti" or "söylediler".

// trSayStems are the verbs of saying; a compound's last word is inflected
// (ifade et → ifade etti).
var trSayStems = []string{"söyle", "de", "ifade et", "belirt", "vurgula", "açıkla", "kaydet", "bildir",
	"dile getir", "duyur", "doğrula", "ileri sür", "iddia et", "aktar", "ekle", "savun", "uyar", "hatırlat",
	"yaz", "anlat", "sözlerine ekle"}

// The forms of a verb of saying, by use: the finite verb that ends a
// sentence (söyledi), the converbs that join its clause to the next
// predicate, whose subject they share ("X, ... olduğunu belirterek teşekkür
// etti", "X ... belirtirken, Y ..."), and the subject participle that makes
// a relative clause of the speaker ("... olduğunu söyleyen Bakan X").
type verbForms struct{ finite, converbs, participles []string }

// irregularSay are the forms outside the rules: "de" (to say) narrows its
// vowel (diyor, diyerek) and "et" softens its t before a vowel (ediyor,
// ederek).
var irregularSay = map[string]verbForms{
	"de": {finite: []string{"dedi", "dediler", "demişti", "demiş", "diyor", "diyorlar"},
		converbs: []string{"diyerek", "derken"}, participles: []string{"diyen"}},
	"et": {finite: []string{"etti", "ettiler", "etmişti", "etmiş", "ediyor", "ediyorlar"},
		converbs: []string{"ederek", "ederken"}, participles: []string{"eden"}},
}

// sayForms returns the finite forms of the verbs of saying.
func sayForms() []string { return sayFormsOf(func(f verbForms) []string { return f.finite }) }

// sayConverbs returns the converbs of the verbs of saying: -(y)ArAk and
// the aorist's -ken (söyleyerek, söylerken).
func sayConverbs() []string { return sayFormsOf(func(f verbForms) []string { return f.converbs }) }

// sayParticiples returns the subject participles of the verbs of saying,
// -(y)An (söyleyen, belirten, diyen).
func sayParticiples() []string {
	return sayFormsOf(func(f verbForms) []string { return f.participles })
}

// sayFormsOf returns the forms that use picks of every verb of saying.
func sayFormsOf(use func(verbForms) []string) []string {
	var out []string
	for _, stem := range trSayStems {
		head, last := "", stem
		if i := strings.LastIndexByte(stem, ' '); i >= 0 {
			head, last = stem[:i+1], stem[i+1:]
		}
		forms, ok := irregularSay[last]
		if !ok && strings.HasSuffix(last, "et") { // kaydet → kaydetti, kaydederek, kaydeden
			head += strings.TrimSuffix(last, "et")
			forms, ok = irregularSay["et"], true
		}
		if !ok {
			forms = regularForms(last)
		}
		for _, f := range use(forms) {
			out = append(out, head+f)
		}
	}
	return out
}

// regularForms returns the forms of a regular verb stem: the past, the
// pluperfect, the reported past and the present continuous, with their
// plurals; the converbs; the participle.
func regularForms(stem string) verbForms {
	i4 := fourWay(lastVowel(stem))
	d := "d"
	if r := lastRune(stem); strings.ContainsRune("çfhkpsşt", r) {
		d = "t"
	}
	past := stem + d + string(i4)
	perfect := stem + "m" + string(i4) + "ş"
	// The continuous drops a stem's final vowel, and its vowel agrees with
	// the vowel before: söyle → söylüyor, açıkla → açıklıyor.
	cont := stem
	if isVowel(lastRune(stem)) {
		cont = strings.TrimSuffix(stem, string(lastRune(stem)))
	}
	cont += string(fourWay(lastVowel(cont))) + "yor"
	plural := "ler"
	if strings.ContainsRune("aıou", lastVowel(past)) {
		plural = "lar"
	}
	// A suffix that opens with a vowel takes a buffer y after a vowel:
	// söyle → söyleyerek, belirt → belirterek.
	a2 := string(twoWay(lastVowel(stem)))
	y := ""
	if isVowel(lastRune(stem)) {
		y = "y"
	}
	return verbForms{
		finite:      []string{past, past + plural, perfect + "t" + string(i4), perfect, cont, cont + "lar"},
		converbs:    []string{stem + y + a2 + "r" + a2 + "k", aorist(stem) + "ken"},
		participles: []string{stem + y + a2 + "n"},
	}
}

// aorist returns the aorist of a regular stem: -r after a vowel (söyler),
// -Ir after a stem of two syllables or more (belirtir, açıklar's vowel
// aside), -Ar after a monosyllable (yazar, sürer). The dozen monosyllables
// that take -Ir (al, bil, gel, ver, ...) are none of the verbs of saying.
func aorist(stem string) string {
	if isVowel(lastRune(stem)) {
		return stem + "r"
	}
	n := 0
	for _, r := range stem {
		if isVowel(r) {
			n++
		}
	}
	if n < 2 {
		return stem + string(twoWay(lastVowel(stem))) + "r"
	}
	return stem + string(fourWay(lastVowel(stem))) + "r"
}

// twoWay is the low vowel that harmonizes with v (a, e).
func twoWay(v rune) rune {
	if strings.ContainsRune("aıou", v) {
		return 'a'
	}
	return 'e'
}

// fourWay is the high vowel that harmonizes with v (ı, i, u, ü).
func fourWay(v rune) rune {
	switch v {
	case 'a', 'ı':
		return 'ı'
	case 'e', 'i':
		return 'i'
	case 'o', 'u':
		return 'u'
	}
	return 'ü' // ö, ü
}

func isVowel(r rune) bool { return strings.ContainsRune("aeıioöuü", r) }

func lastVowel(s string) rune {
	rs := []rune(s)
	for i := len(rs) - 1; i >= 0; i-- {
		if isVowel(rs[i]) {
			return rs[i]
		}
	}
	return 'e'
}

func lastRune(s string) rune {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}
