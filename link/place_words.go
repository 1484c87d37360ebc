package link

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// englishPlaceWords returns the folded words of an organization's name
// (two words or more) with each word or two-word phrase that names a place
// whose name languages translate (see translatedPlace) in the words of
// the place's English name, and each country's demonym (the demonym_<code>
// attribute) too: BBC İskoçya, BBC Scotland; Endonezya Kızıl Haç,
// Indonesian Red Cross, Индонезийского Красного Креста; Birleşik Krallık
// İstihdam ve Beceri Komisyonu, UK Commission for Employment and Skills,
// Комиссия по занятости и навыкам Великобритании. A place's names are
// spelt apart across languages where its institutions' names are
// translated or spelt alike, so that a country in the name keyed the
// name apart. The place is the gazetteer's only one of its type and that
// name in the document's language (see translatedPlaceName). It returns words
// itself when no word names such a place or its English name is already
// the name's. Crosslingual dev with gold mentions 926 → 929, -doc 10 913
// → 916 (BBC İskoçya, Indonesian Red Cross, UK Commission for Employment
// and Skills); end to end unchanged (the models find the place alone
// there); no false merge added, the split's two (U.S. with Defense
// Department, US with National Cancer Institute: spans that take the
// country into the name) kept under their new keys. The words replaced
// over dev are countries, nations and US states, ABD, U.S. and США in
// their names among them (ABD Yüksek Mahkemesi, U.S. Supreme Court,
// Верховный суд США now key alike). Of the gazetteer's organizations
// named in Turkish, English and Russian, pairs of names keyed alike,
// tr-en, en-ru, tr-ru: 233, 196, 187 → 239, 210, 195, none parted;
// without the guards of translatedPlaceName and translatedPlaceOf, 232,
// 208, 193 (Akdeniz University, Anadolu Efes, Marmara University parted).
func (x *Linker) englishPlaceWords(words []string, l lang.Language) []string {
	if x.gaz == nil || len(words) < 2 {
		return words
	}
	en, ok := lang.Get(gazetteer.LinguaFranca)
	if !ok {
		return words
	}
	var out []string // nil until a word is replaced
	for i := 0; i < len(words); i++ {
		n, name := 0, ""
		if i+1 < len(words) {
			if name = x.translatedPlaceName(words[i]+" "+words[i+1], l, false); name != "" {
				n = 2
			}
		}
		if n == 0 {
			if name = x.translatedPlaceName(words[i], l, i == len(words)-1); name == "" {
				name = x.demonymPlace(words[i], l)
			}
			if name != "" {
				n = 1
			}
		}
		var english []string
		if n > 0 {
			english = englishPivots(strings.Fields(en.Fold(name)), en)
		}
		if n == 0 || strings.Join(english, " ") == strings.Join(words[i:i+n], " ") {
			if out != nil {
				out = append(out, words[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(words)+2), words[:i]...)
		}
		out = append(out, english...)
		i += n - 1
	}
	if out == nil {
		return words
	}
	return out
}

// englishPivots rewrites, in place, and returns the words of a place's English name with each
// word English keys as another (a head it translates, lang.
// NameHeadTranslator, or a word it glosses, InstitutionalGlosser, through
// one of its readings) as that word: the plural of Solomon Islands or
// Cayman Islands is then keyed as English keys it, in the singular, in
// the name of a language whose rules know no English word (Solomon
// Adaları Futbol Federasyonu = Solomon Islands Football Federation).
func englishPivots(words []string, en lang.Language) []string {
	ht, _ := en.(lang.NameHeadTranslator)
	g, glosses := en.(InstitutionalGlosser)
	for i, w := range words {
		r := wordReadings{word: w, l: en}
		if h := englishHead(&r, ht); h != "" {
			words[i] = h
			continue
		}
		if !glosses {
			continue
		}
		for _, a := range r.readings() {
			if p, ok := g.InstitutionalGloss(a.Stem); ok && p != "" && !strings.Contains(p, " ") {
				words[i] = p
				break
			}
		}
	}
	return words
}

// translatedPlaceName returns the English name of the only place whose
// name languages translate that name names in l's language, as written
// or, for the name's last word (inflected reads true), in the stem of one
// of its readings (Language.Analyze) that swaps its ending for another
// and does not cut it (великобритании → великобритания), the first that
// names one; else "". A country in a name's other words is in the
// nominative or joined to its endings by an apostrophe, which tokens split
// off, while a reading that cuts a suffix off a word or reads a common
// noun's case finds a place in too many words (milan as mila, an Algerian
// province; силы as сила, a Chadian one).
func (x *Linker) translatedPlaceName(name string, l lang.Language, inflected bool) string {
	if en := x.translatedPlaceOf(name, l.Code()); en != "" || !inflected {
		return en
	}
	n := lang.RuneCount(name)
	for _, a := range l.Analyze(name) {
		if a.Stem == name || lang.RuneCount(a.Stem) < n {
			continue
		}
		if en := x.translatedPlaceOf(a.Stem, l.Code()); en != "" {
			return en
		}
	}
	return ""
}

// translatedPlaceOf returns the English name of the only place of a
// translatedPlace subtype that the gazetteer names name in the language
// code, or of the one of highest prior; "" when none or a tie. A region
// with a scope, a sea's or a land's (Akdeniz, Mediterranean; Anadolu,
// Anatolia), is left out: an institution named after it keeps the name
// its own language gives it in every language (Akdeniz University, Ege
// University), where one named after a country or an administrative
// region has it translated (Türkiye Futbol Federasyonu, Turkish Football
// Federation, Федерация футбола Турции).
func (x *Linker) translatedPlaceOf(name, code string) string {
	var best *gazetteer.Entry
	tied := false
	for _, e := range x.gaz.Lookup(name, code) {
		if e.Type != string(annotation.Location) || !translatedPlace[e.Subtype] || e.Attrs["scope"] != "" || len(e.Names[gazetteer.LinguaFranca]) == 0 {
			continue
		}
		switch {
		case best == nil || e.Prior > best.Prior:
			best, tied = e, false
		case e.Prior == best.Prior && e.ID != best.ID:
			tied = true
		}
	}
	if best == nil || tied {
		return ""
	}
	return best.Names[gazetteer.LinguaFranca][0]
}
