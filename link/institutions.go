package link

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// InstitutionalGlosser is implemented by a language that glosses the
// institutional vocabulary of organizations' and facilities' names, the
// words news translates word by word where it spells the rest (merkez,
// center, центр; ulusal, national, национальный; bakanlık, ministry,
// министерство), to an English pivot word: InstitutionalGloss returns
// the pivot of a folded word in its dictionary form, or of two such words
// joined by a space (yüksek mahkeme, supreme court), with true; "" with
// true for a word such names add in one language only (affairs, дел,
// işleri: Ministry of Foreign Affairs, Foreign Ministry, Dışişleri
// Bakanlığı); false for a word it does not gloss. A pivot may be two
// words (мид: foreign ministry). English glosses its own variants and
// synonyms (centre, judicial) and lists each pivot word as itself, so
// that its plurals, read to their singular, gloss too (Services).
// InstitutionalPhraseStart reports whether a phrase InstitutionalGloss
// glosses starts with a folded word in its dictionary form, so that link
// asks for the phrases of those words alone.
//
// The glosses are data each language declares; link names no language.
type InstitutionalGlosser interface {
	InstitutionalGloss(form string) (pivot string, ok bool)
	InstitutionalPhraseStart(w string) bool
}

// OptionalHeads is implemented by a language whose institutional glosses
// mark the heads a translation may leave out of a name:
// InstitutionalOptional reports whether a pivot is one. Russian writes
// the head of a hotel's, a palace's, a stadium's, an airport's, a
// prison's or a beach's name before it in small letters, outside it
// (отель «Роа Роа», аэропорт Хитроу), where Turkish and English write it
// as the name's last word (Roa Roa Oteli, Roa Roa Hotel); and one
// translation names the place by its name alone where another adds the
// head (Whitehall, Whitehall Sarayı). Such a head is left out of the ID
// of a name that has a word of its own, so that the name keys alike with
// it and without it; not where the first word no gloss reaches is a given
// name (see givenName). Every language marks the same pivots.
// Crosslingual dev with gold mentions 918 → 921, -doc 10 903 →
// 906 (Roa Roa Hotel twice, Whitehall Sarayı); end to end unchanged (the
// Turkish model finds Oteli alone); no false merge added. A beach too:
// 925 → 926 (Ponto Beach, Понто).
type OptionalHeads interface {
	InstitutionalOptional(pivot string) bool
}

// minGlossedContent is the least number of content words (pivot words
// and words glossed by nothing, function words left out) a name must have
// for its ID to key the glosses. A single generic word (Bakanlık,
// Ministry, Council) names an institution of any country, and in a
// document, without its country, nothing another language's text names
// the same way for certain; two words or more are a name (National
// Hurricane Center, Dışişleri Bakanlığı). A bag of generic words only
// (National Assembly, Ulusal Meclis) is keyed too: its English name
// already keys every country's National Assembly alike in English, and
// the pivot only carries that key to the other languages, where the
// languages' own spellings parted it from English.
const minGlossedContent = 2

// glossedWords returns the words of a place's or an organization's name,
// read once each, function words left out (skipped), with the words the
// language glosses (InstitutionalGlosser) as their pivot words, two-word
// phrases before single words, each word as written or in one of its
// readings (Language.Analyze); the other words as fallback gives them
// (see idWords). It returns nil when the language glosses none of the
// words as a pivot word (a word it leaves out, as по in Шам Шуй По or on
// in Stoke-on-Trent, does not make a name a glossed one) or the name has
// fewer than minGlossedContent content words: the caller keys the name as
// before.
func glossedWords(words []wordReadings, l lang.Language, skipped func(string) bool, fallback func(*wordReadings) string) []string {
	g, ok := l.(InstitutionalGlosser)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(words)+1)
	glossed, own := false, false
	firstOwn := "" // the first word no gloss reaches, as written
	for i := 0; i < len(words); i++ {
		if skipped(words[i].word) {
			continue
		}
		if i+1 < len(words) && !skipped(words[i+1].word) {
			if pivot, ok := glossPhrase(g, &words[i], &words[i+1]); ok {
				out, glossed = appendPivot(out, pivot), glossed || pivot != ""
				i++
				continue
			}
		}
		if pivot, ok := glossWord(g, &words[i]); ok {
			out, glossed, own = appendPivot(out, pivot), glossed || pivot != "", own || namePivot(pivot)
			continue
		}
		if kw := fallback(&words[i]); kw != "" {
			if firstOwn == "" {
				firstOwn = words[i].word
			}
			out, own = append(out, kw), true
		}
	}
	if !glossed || len(out) < minGlossedContent {
		return nil
	}
	if oh, ok := l.(OptionalHeads); ok && own && slices.ContainsFunc(out, oh.InstitutionalOptional) && !givenName(firstOwn) {
		out = slices.DeleteFunc(out, oh.InstitutionalOptional) // roa roa hotel → roa roa
	}
	return out
}

// givenName reports whether a registered language knows the folded word
// w as a given name (lang.GivenNames): any language, so that a name keys
// alike in each that spells it so (Zeynep Kalkan Airport, Zeynep Kalkan
// Havalimanı). A facility named after a person (Dale Brennan Stadium)
// keeps its optional head: without it, its ID were the person's.
func givenName(w string) bool {
	if w == "" {
		return false
	}
	for _, code := range lang.Codes() {
		l, _ := lang.Get(code)
		if gn, ok := l.(lang.GivenNames); ok && gn.GivenName(w) {
			return true
		}
	}
	return false
}

// namePivot reports whether a pivot is a name's own word, not a table's
// English word: a glosser may gloss an adjective made from a name as the
// name (Вестминстерский, Westminster), which it gives in the name's own
// letters.
func namePivot(pivot string) bool {
	for i := 0; i < len(pivot); i++ {
		if pivot[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// appendPivot appends the words of a pivot to out.
func appendPivot(out []string, pivot string) []string {
	if !strings.Contains(pivot, " ") {
		if pivot == "" {
			return out
		}
		return append(out, pivot)
	}
	return append(out, strings.Fields(pivot)...)
}

// minGlossedStem is the least number of letters of a stem that
// glossWord glosses where the word as written is not glossed: a
// foreign name often reads as a short word's inflection (Sun as su, water,
// with the Turkish ending of "your"), and a table lists the forms of its
// short words it means (haklar, dini).
const minGlossedStem = 4

// glossWord returns the pivot of a word in the first of its forms the
// language glosses, a stem of minGlossedStem letters at least.
func glossWord(g InstitutionalGlosser, r *wordReadings) (string, bool) {
	if pivot, ok := g.InstitutionalGloss(r.word); ok {
		return pivot, true // the word as written: no readings needed
	}
	for _, a := range r.readings() {
		if a.Stem == r.word || lang.RuneCount(a.Stem) < minGlossedStem {
			continue
		}
		if pivot, ok := g.InstitutionalGloss(a.Stem); ok {
			return pivot, true
		}
	}
	return "", false
}

// glossPhrase returns the pivot of two words the language glosses as a
// phrase, each as written or in one of its readings (Turkish inflects the
// last, Russian both), asking only for the phrases of a first word that
// starts one.
func glossPhrase(g InstitutionalGlosser, a, b *wordReadings) (string, bool) {
	if pivot, ok := glossPhraseOf(g, a.word, b); ok {
		return pivot, true
	}
	for _, ra := range a.readings() {
		if ra.Stem == a.word {
			continue
		}
		if pivot, ok := glossPhraseOf(g, ra.Stem, b); ok {
			return pivot, true
		}
	}
	return "", false
}

// glossPhraseOf returns the pivot of the phrase of first and b's word as
// written or in one of its readings.
func glossPhraseOf(g InstitutionalGlosser, first string, b *wordReadings) (string, bool) {
	if first == "" || !g.InstitutionalPhraseStart(first) {
		return "", false
	}
	if pivot, ok := g.InstitutionalGloss(first + " " + b.word); ok {
		return pivot, true
	}
	for _, rb := range b.readings() {
		if rb.Stem == b.word {
			continue
		}
		if pivot, ok := g.InstitutionalGloss(first + " " + rb.Stem); ok {
			return pivot, true
		}
	}
	return "", false
}
