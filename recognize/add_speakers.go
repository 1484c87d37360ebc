package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addSpeakers adds as a person the one capitalized word no mention holds
// right before a verb of saying, where the language lists them
// (lang.Speakers): "Waters said", `," Kavanaugh testified`. News names a
// speaker by surname once the full name is given, and a tagger that sees
// one sentence misses the surname alone, at a sentence's opening above
// all. The word stands alone: the token before it is no capitalized word
// (a longer name the tagger missed is not guessed at) nor a hyphen
// (Muqtada al-Sadr said), and it is no
// acronym (DARPA announced: an organization's). ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.7811 → 0.7835 (Kavanaugh
// testified, Waters continued, West said), crosslingual dev 678 → 683 of
// 1038 entities with one ID in tr, en and ru; UNER EWT dev 0.7330 (without
// the hyphen check 0.7326: Muqtada al - Sadr said); the Turkish sets
// unchanged (no verbs listed). Taking only sentence openers gave 0.7815
// and 679; skipping a word whose verb "it" follows (Valero said it) cost
// NTREX 0.7835 → 0.7831. The verbs of a mind besides those of saying
// (Scherzer wants, Kit believes, Zinke alleged): NTREX English dev 0.7842
// → 0.7854, crosslingual dev 689 → 691, EWT 0.7330 (0.7326 before the
// opening adverbs were listed: Just wanted to confirm); with the verbs of
// what a person does (Ri referred, met, scored) 0.7854 → 0.7859 and 701 →
// 702, EWT unchanged. Russian's verbs:
// NTREX Russian dev 0.8142 → 0.8171 (Помпео планирует, Нугрохо добавил;
// Пара отметила is wrong), held-out FactRuEval 0.8862 unchanged,
// crosslingual dev 691 → 696; with the verbs of what a person does
// (Помпео встретился, Менга забил, Ри сослался) 0.8171 → 0.8193 and 696 →
// 701, FactRuEval unchanged. Names of up to three words (Ri Yong Ho
// told) gained one mention (NTREX English 0.7856), not kept. Up to two
// words the language lets stand between a name and its verb
// (lang.SpeakerAdverbs: an auxiliary, a negation, an adverb of time or
// addition) may come before the verb: West has previously said, Also,
// West had complained, Гайлз также добавил, Ри не упомянул; with them,
// and Russian's imperfective past of its verbs of saying (Уэст ранее
// заявлял): NTREX English dev 0.8878 → 0.8885 (-doc 10 0.9110 → 0.9113),
// Russian 0.8960 → 0.8970 (-doc 10 0.9104), held-out FactRuEval
// (-doc 20), WNUT-17 and BTC dev unchanged; crosslingual dev 817 → 819.
func addSpeakers(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	sp, _ := l.(lang.Speakers)
	if sp == nil {
		return ents
	}
	adverbs, _ := l.(lang.SpeakerAdverbs)
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token i-1
	s := 0 // the sentence holding token i-1
	for i := 1; i < len(toks); i++ {
		// The capitalized word before is asked about first: most words
		// follow a lower-case one, and that costs no look-up of the verb.
		if i = cases.next(i-1, len(toks)-1, capitalizedCase) + 1; i == len(toks) {
			break
		}
		w := &toks[i-1]
		if w.Kind != lang.Word || toks[i].Kind != lang.Word || !sayingVerbAfter(toks, i, sp, adverbs, l) || isAcronym(w.Text) {
			continue
		}
		for j < len(ents) && ents[j].Last < i {
			j++
		}
		if j < len(ents) && ents[j].First < i {
			continue // a mention holds the word
		}
		for s < len(doc.Sentences) && doc.Sentences[s].Last < i {
			s++
		}
		opens := opensSentence(toks, doc.Sentences, s, i-1)
		if !opens && i >= 2 && (toks[i-2].Kind == lang.Word && lang.StartsUpper(toks[i-2].Text) || afterHyphen(toks[i-2])) {
			continue
		}
		if sp.NotSpeaker(lang.FoldToken(w, l), opens) {
			continue
		}
		if m := doc.Mention(i-1, i, annotation.Person, 0.5, "rule"); plausible(&m) { // no garbage bytes: the rule runs after the check
			added = append(added, m)
		}
	}
	return mention.MergeByStart(ents, added)
}

// maxSpeakerAdverbs is the most words of lang.SpeakerAdverbs that may
// stand between a speaker's name and the verb of saying: an auxiliary and
// an adverb (has previously said).
const maxSpeakerAdverbs = 2

// sayingVerbAfter reports whether a verb of saying (sp.SayingVerb) is
// toks[i], a word, or follows it past up to maxSpeakerAdverbs words that
// adverbs, where the language has them, lets stand between a name and the
// verb (West has previously said, Гайлз также добавил).
func sayingVerbAfter(toks []lang.Token, i int, sp lang.Speakers, adverbs lang.SpeakerAdverbs, l lang.Language) bool {
	for k := i; k < len(toks) && k <= i+maxSpeakerAdverbs && toks[k].Kind == lang.Word; k++ {
		norm := lang.FoldToken(&toks[k], l)
		if sp.SayingVerb(norm) {
			return true
		}
		if adverbs == nil || !adverbs.SpeakerAdverb(norm) {
			return false
		}
	}
	return false
}

// opensSentence reports whether toks[k] is its sentence's first word: only
// punctuation (an opening quote) comes before it in sentence s, or s is
// past the sentences (no sentence holds it: then the document's start
// counts).
func opensSentence(toks []lang.Token, sents []lang.Sentence, s, k int) bool {
	first := 0
	if s < len(sents) && sents[s].First <= k {
		first = sents[s].First
	}
	for t := first; t < k; t++ {
		if toks[t].Kind == lang.Word || toks[t].Kind == lang.Number {
			return false
		}
	}
	return true
}

// afterHyphen reports whether the token before a word is a hyphen: the
// word ends a hyphenated name (al-Sadr, Mills-Hicks), written with spaces
// too where a tokenized text is joined again ("al - Sadr").
func afterHyphen(before lang.Token) bool {
	return before.Text == "-" || before.Text == "‐"
}
