package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// dr5hn's Russian names of places are partly machine translations of the
// name's words ("Подбородок" for Chin, "Оранжевая прогулка" for Orange
// Walk), so one is kept only when something else bears it out. soundsLike
// compares it with the Latin name romanized back from Cyrillic, which
// misses transcriptions that do not spell letter for letter (Гуйчжоу for
// Guizhou, Ачех for Aceh, Тласкала for Tlaxcala). ruBorneOut accepts those
// too, on evidence that a word-for-word translation cannot have:
//   - the name's Cyrillic native form (Струмица, Macedonian);
//   - for China, the Palladius transcription of the pinyin name (Guizhou
//     Гуйчжоу, Xining Синин);
//   - the Latin name transcribed into Cyrillic with the hints of the
//     country's language (translit_lang.go), at most one edit per five
//     letters away (Aceh Ачех, Alajuela Алахуэла);
//   - Debian iso-codes' Russian name (a build-time cross-check, never
//     shipped) up to the same distance (Кукёс and Кукес).
//
// The sound-based paths are closed to names that are also a Russian given
// name (natasha's list, MIT) or a generic word.
// A name with "(значения)" is a Wikipedia disambiguation title ("Тартар
// (значения)"), never a place's name.
func ruBorneOut(ru, country, debRu string, names ...string) (ok bool) {
	if !ruTranscriptions { // the default: only Debian's name or soundsLike
		return ru == debRu || soundsLike(ru, names...)
	}
	if strings.Contains(ru, "(значени") {
		return false
	}
	if ru == debRu || soundsLike(ru, names...) {
		return true
	}
	// addName drops a bracketed other name (Лимассол (Леймасун)).
	if i := strings.Index(ru, " ("); i > 0 {
		ru = ru[:i]
	}
	if !isCyrillicName(ru) {
		return false
	}
	k := ruKey(ru)
	close := func(s string) bool {
		o := ruKey(s)
		return o != "" && levenshtein(k, o) <= max(1, len([]rune(o))/5)
	}
	if debRu != "" && close(debRu) {
		return true
	}
	// The paths below take a name on its sound alone: not when it is also
	// a Russian given name (Майкл for Michael, Isle of Man) or a generic
	// word (Центр for Centar, Skopje).
	if ruGivenNames[k] || ruGenericWords[k] {
		return false
	}
	defer func() {
		if ok {
			soundRu[ru] = true
		}
	}()
	for _, n := range names {
		if n == "" {
			continue
		}
		if isCyrillicName(n) {
			if ruKey(n) == k {
				return true
			}
			continue
		}
		if !isLatin(n) {
			continue
		}
		if country == "CN" && pinyinReadings(n)[k] {
			return true
		}
		if close(placeToRussian(n, country)) {
			return true
		}
	}
	return false
}

// ruKey folds a Russian name for comparison: lower case, ё as е, no hard
// sign, hyphens, apostrophes or spaces.
var ruKeyR = strings.NewReplacer("ё", "е", "ъ", "", "-", "", " ", "", "'", "", "’", "", "‘", "")

func ruKey(s string) string { return ruKeyR.Replace(strings.ToLower(s)) }

// placeToRussian transcribes a romanized place name with the hints of the
// country's language, as personToRussian does but without its table of
// English given names (Mary, Turkmenistan, is not Мэри).
func placeToRussian(name, country string) string {
	rules := append(append(append([]rule{}, langRuRules[langByCountry[country]]...), commonRuRules...), romanRuRules...)
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = romanToRussianWith(w, rules)
	}
	return strings.Join(words, " ")
}

// ruTranscriptions turns on ruBorneOut's further evidence (gen's
// -ru-transcriptions flag). It is off in go generate: the names it adds
// (969 entries) are sound, but the Russian model retrained on them failed
// entity tests that the shipped model passes (Кавано after "На" typed as a
// place), with NTREX Russian dev unchanged (0.8913 → 0.8916); see
// docs/accuracy.md, December 5, cross-lingual names. Measured again with
// the Palladius names of palladius.go in: still no dev gain beyond the
// retraining's spread, and the same test lost (ner/models/README.md,
// ru.model, December 5, Palladius names).
var ruTranscriptions bool

// ruGivenNames are natasha's Russian first names, folded by ruKey
// (loadRuGivenNames fills it before the regions and cities are built).
var ruGivenNames = map[string]bool{}

func loadRuGivenNames(s src) error {
	b, err := os.ReadFile(s.path("names-ru-natasha", "first.txt"))
	if err != nil {
		return err
	}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			ruGivenNames[ruKey(l)] = true
		}
	}
	return nil
}

// ruGenericWords say only where a place lies or what it is.
var ruGenericWords = map[string]bool{"центр": true, "север": true, "юг": true, "запад": true, "восток": true,
	"центральный": true, "северный": true, "южный": true, "западный": true, "восточный": true,
	"центральная": true, "северная": true, "южная": true, "западная": true, "восточная": true,
	"столица": true, "город": true, "район": true, "область": true, "провинция": true, "округ": true}

// soundRu are the Russian names that ruBorneOut took on their sound or
// native form alone.
var soundRu = map[string]bool{}

// dropSoundRuCollisions removes such a name from a place when it is also
// the Russian name of a country (Монако, from dr5hn's "Монако (город)" for
// Monaco-Ville), an organization or a person that English tells apart
// (Аль-Джазира is Sudan's Al Jazirah state and the channel Al Jazeera,
// which Russian news names far more often); a place that shares an
// English or Turkish name with it (Liverpool, the club's Turkish name)
// keeps it, as it keeps that name.
func dropSoundRuCollisions(g *gazetteer, log io.Writer) {
	other := map[string][]*entry{}
	for _, e := range g.byID {
		if e.typ != "LOCATION" || e.subtype == "country" {
			for _, n := range e.names["ru"] {
				if soundRu[n] {
					other[n] = append(other[n], e)
				}
			}
		}
	}
	ids := make([]string, 0, len(g.byID))
	for id, e := range g.byID {
		if e.typ == "LOCATION" && e.subtype != "country" && len(e.names["ru"]) > 0 {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := g.byID[id]
		var keep []string
		for _, n := range e.names["ru"] {
			drop := false
			for _, o := range other[n] {
				if !sharesName(e, o, "en") && !sharesName(e, o, "tr") {
					drop = true
				}
			}
			if drop {
				fmt.Fprintf(log, "ru name %s of %s dropped: also names %s\n", n, id, other[n][0].id)
				continue
			}
			keep = append(keep, n)
		}
		if len(keep) == 0 {
			delete(e.names, "ru")
		} else {
			e.names["ru"] = keep
		}
	}
}

func sharesName(a, b *entry, l string) bool {
	for _, x := range a.names[l] {
		for _, y := range b.names[l] {
			if foldKey(x) == foldKey(y) {
				return true
			}
		}
	}
	return false
}

// pinyinReadings gives every Palladius transcription of a pinyin name,
// folded by ruKey: pinyinToRussian splits syllables longest first
// (Xining as xin-ing, Синьин), where pinyin allows one reading only
// (xi-ning, Синин: a syllable without an initial begins with a, e or o
// and stands first or after an apostrophe). Nil for a name that is not
// pinyin.
func pinyinReadings(name string) map[string]bool {
	out := map[string]bool{"": true}
	for _, piece := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return r == ' ' || r == '-' || r == '\'' || r == '’'
	}) {
		var segs []string
		var walk func(i int, acc string)
		walk = func(i int, acc string) {
			if len(segs) > 8 {
				return
			}
			if i == len(piece) {
				segs = append(segs, acc)
				return
			}
			for n := min(6, len(piece)-i); n > 0; n-- {
				syl := piece[i : i+n]
				if i > 0 && strings.IndexByte("aeiouv", syl[0]) >= 0 {
					continue
				}
				if r, ok := pinyinSyllable(syl); ok {
					walk(i+n, acc+r)
				}
			}
		}
		walk(0, "")
		if len(segs) == 0 {
			return nil
		}
		next := map[string]bool{}
		for o := range out {
			for _, sg := range segs {
				next[o+sg] = true
			}
		}
		out = next
	}
	return out
}
