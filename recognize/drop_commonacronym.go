package recognize

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/memo"
	"github.com/varlik/varlik/lang"
)

// minTitleCaseAcronym is the fewest letters of an acronym written as a
// word in title case (Aids) that commonAcronymToken takes: shorter ones
// are common words or given names as often (Var, Ram, Pos).
const minTitleCaseAcronym = 4

// maxAcronymEnding bounds the lower-case case ending an acronym takes
// (СПИДом, ВИЧа).
const maxAcronymEnding = 3

// commonAcronym reports whether e, a mention the gazetteer did not give,
// is one word that is an acronym the language lists as a common noun
// (lang.OrganizationAcronyms: Russian ВИЧ, ИИ), with a case ending or none
// (СПИДом), or a person's mention that holds such a word: a disease or a
// field is no name, and the tagger, which reads capitals as a name's, tags
// them. recognize drops them.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Russian dev 0.8724 → 0.8735 (СПИДом twice, ВИЧ, ИИ), held-out
// FactRuEval dev (-doc 20) unchanged at 0.8946. An acronym of four letters
// or more written as a word in title case (Aids): NTREX Turkish dev 0.8773 →
// 0.8779 (-doc 10 0.8940 → 0.8948: Aids three times), the Milliyet dev split
// (0.8658), Turkish Wiki NER dev (0.7863) and NTREX Russian dev (0.8833,
// -doc 10 0.8992) unchanged; English implements no
// lang.OrganizationAcronyms. oa is commonAcronymLister(l), which the
// caller asks once for all its mentions.
func commonAcronym(e *annotation.Entity, doc *annotation.Document, l lang.Language, oa lang.OrganizationAcronyms) bool {
	if oa == nil || strings.Contains(e.Source, "gazetteer") {
		return false
	}
	if e.Last-e.First == 1 {
		return commonAcronymToken(&doc.Tokens[e.First], oa, l)
	}
	if e.Type != annotation.Person {
		return false
	}
	// No person's name holds a common noun's acronym: "Передача ВИЧ", a
	// sentence's first word and the acronym, is no name, and a person's
	// mention spreads over the document. An acronym in ASCII letters is
	// left alone: the list holds Roman numerals, a ruler's (Людовик XIV).
	for k := e.First; k < e.Last; k++ {
		t := &doc.Tokens[k]
		if t.Text != "" && t.Text[0] >= utf8.RuneSelf && commonAcronymToken(t, oa, l) {
			return true
		}
	}
	return false
}

// commonAcronymAnswers memoizes commonAcronymWord's answers by the
// language's code and the word (as the club rules' memo names a language):
// news names the same people and places from one document (or line) to
// the next, and an answer folds the word, a name in title case twice.
var commonAcronymAnswers = memo.New[bool]()

// commonAcronymToken reports whether t is an acronym the language lists
// as a common noun (oa), with a case ending or none (commonAcronymWord).
func commonAcronymToken(t *lang.Token, oa lang.OrganizationAcronyms, l lang.Language) bool {
	if t.Kind != lang.Word && t.Kind != lang.Abbreviation {
		return false
	}
	var buf [64]byte // the key, on the stack for most words
	key := append(append(append(buf[:0], l.Code()...), 0), t.Text...)
	return commonAcronymAnswers.Get(key, func() bool { return commonAcronymWord(t.Text, oa, l) })
}

// commonAcronymWord reports whether word is an acronym the language lists
// as a common noun (oa), with a case ending or none.
func commonAcronymWord(word string, oa lang.OrganizationAcronyms, l lang.Language) bool {
	caps := strings.IndexFunc(word, func(r rune) bool { return !lang.IsUpper(r) })
	if caps < 0 {
		caps = len(word)
	}
	if caps == 1 && lang.RuneCount(word) >= minTitleCaseAcronym &&
		strings.IndexFunc(word[1:], func(r rune) bool { return !lang.IsLower(r) }) < 0 &&
		(oa.CommonAcronym(l.Fold(word)) || oa.CommonAcronym(l.Fold(strings.ToUpper(word)))) {
		// Written as a word (Aids, Covid), as British and Turkish news
		// often write a long one; folded as written (Kobi of KOBİ) and from
		// its capitals (Aids of AIDS, whose I folds to a dotless ı).
		return true
	}
	ending := word[caps:]
	if lang.RuneCount(word[:caps]) < 2 || lang.RuneCount(ending) > maxAcronymEnding ||
		strings.IndexFunc(ending, func(r rune) bool { return !lang.IsLower(r) }) >= 0 {
		return false
	}
	return oa.CommonAcronym(l.Fold(word[:caps]))
}

// commonAcronymLister returns the language's list of the acronyms that
// are common nouns: lang.OrganizationAcronyms, else lang.CommonAcronyms
// (English: IPO, VHS, CDT), else nil. English lists them without
// OrganizationAcronyms, which would make its untagged acronyms
// organizations. Chosen on dev data (cmd/evaluate -pipeline, one document
// a sentence), F1 without → with English's list: UNER EWT dev 0.7823 →
// 0.7831 (VHS, IPO), NTREX English dev 0.8672 → 0.8675 (LGBT people), -doc
// 10 0.8910 → 0.8913; GUM dev, re3d, WNUT-17 and BTC dev unchanged.
func commonAcronymLister(l lang.Language) lang.OrganizationAcronyms {
	c := capsOf(l)
	if c.organizationAcronyms != nil {
		return c.organizationAcronyms
	}
	if c.commonAcronyms != nil {
		return commonNounAcronyms{c}
	}
	return nil
}

// commonNounAcronyms serves a language's lang.CommonAcronyms as the
// lang.OrganizationAcronyms that commonAcronymToken reads. It holds a
// pointer alone, so that making it an interface allocates nothing: a copy
// of the lang.CommonAcronyms (two words) was an allocation a document,
// one in twenty of an English line's.
type commonNounAcronyms struct{ l *language }

func (c commonNounAcronyms) CommonAcronym(norm string) bool {
	return c.l.commonAcronyms.CommonNounAcronym(norm)
}
