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

// irregularSay are the forms outside the rules: "de" (to say) narrows its
// vowel (diyor) and "et" softens its t (ediyor).
var irregularSay = map[string][]string{
	"de": {"dedi", "dediler", "demişti", "demiş", "diyor", "diyorlar"},
	"et": {"etti", "ettiler", "etmişti", "etmiş", "ediyor", "ediyorlar"},
}

// sayForms returns the finite forms of the verbs of saying.
func sayForms() []string {
	var out []string
	for _, stem := range trSayStems {
		head, last := "", stem
		if i := strings.LastIndexByte(stem, ' '); i >= 0 {
			head, last = stem[:i+1], stem[i+1:]
		}
		forms, ok := irregularSay[last]
		if !ok && strings.HasSuffix(last, "et") { // kaydet → kaydetti, kaydediyor
			forms = nil
			for _, f := range irregularSay["et"] {
				forms = append(forms, strings.TrimSuffix(last, "et")+f)
			}
		} else if !ok {
			forms = verbForms(last)
		}
		for _, f := range forms {
			out = append(out, head+f)
		}
	}
	return out
}

// verbForms returns the past, the pluperfect, the reported past and the
// present continuous of a regular verb stem, with their plurals.
func verbForms(stem string) []string {
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
	return []string{past, past + plural, perfect + "t" + string(i4), perfect, cont, cont + "lar"}
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
