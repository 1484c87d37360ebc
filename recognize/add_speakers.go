package recognize

import (
	"unicode"

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
// A word opening its sentence before any verb in the past tense, which
// the language tells by its form (lang.PastTenseVerbs: English -ed), is
// taken too where it is no common word (pastTenseSubject) and no role or
// title follows the verb (cueAfter): Climo converted.
// NTREX English dev 0.8885 → 0.8896 (-doc 10 0.9113 unchanged), WNUT-17
// dev 0.5482 → 0.5477 (Beyoooooond excited), BTC dev 0.4752 → 0.4757;
// crosslingual dev 818 → 822. Without the test of letters and of the
// dictionary's forms it took We've also invested. Russian tells its
// opening subjects by their form in addOpeningPeople instead
// (lang.OpeningSubjects), which had already added every one this rule
// took (Старридж получил, Роуз сыграла): NTREX Russian dev, held-out
// FactRuEval and examples/tag's outputs were the same without it.
func addSpeakers(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	sp := capsOf(l).speakers
	if sp == nil {
		return ents
	}
	adverbs := capsOf(l).speakerAdverbs
	past := capsOf(l).pastTenseVerbs
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
		if w.Kind != lang.Word || toks[i].Kind != lang.Word || isAcronym(w.Text) {
			continue
		}
		verb, at := verbAfter(toks, i, sp, past, adverbs, l)
		if verb == noVerb {
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
		norm := lang.FoldToken(w, l)
		if sp.NotSpeaker(norm, opens) || verb == pastVerb && (!opens || !pastTenseSubject(w.Text, norm, l) || cueAfter(toks, at, l)) {
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

// The verbs verbAfter finds after a capitalized word.
const (
	noVerb     = iota
	sayingVerb // a verb of saying, of a mind or of what a person does (lang.Speakers)
	pastVerb   // another verb in the past tense (lang.PastTenseVerbs)
)

// verbAfter returns which verb toks[i], a word, is, or the first word
// after it past up to maxSpeakerAdverbs words that adverbs, where the
// language has them, lets stand between a name and the verb (West has
// previously said, Гайлз также добавил): a verb of saying (sp), else one
// in the past tense (past, where the language tells them), else noVerb;
// and the verb's index.
func verbAfter(toks []lang.Token, i int, sp lang.Speakers, past lang.PastTenseVerbs, adverbs lang.SpeakerAdverbs, l lang.Language) (int, int) {
	for k := i; k < len(toks) && k <= i+maxSpeakerAdverbs && toks[k].Kind == lang.Word; k++ {
		norm := lang.FoldToken(&toks[k], l)
		if sp.SayingVerb(norm) {
			return sayingVerb, k
		}
		if past != nil && past.PastTenseVerb(norm) {
			return pastVerb, k
		}
		if adverbs == nil || !adverbs.SpeakerAdverb(norm) {
			return noVerb, k
		}
	}
	return noVerb, i
}

// cueAfter reports whether the word after the verb at toks[k] is a cue
// word of names (lang.NameCues: a role, a title): the verb's subject then
// follows it, the word before the verb its object, where the language puts
// an object first.
func cueAfter(toks []lang.Token, k int, l lang.Language) bool {
	cues := capsOf(l).nameCues
	return cues != nil && k+1 < len(toks) && toks[k+1].Kind == lang.Word && cues.Cue(lang.FoldToken(&toks[k+1], l)) != lang.NoCue
}

// pastTenseSubject reports whether a capitalized word opening a sentence
// before a verb in the past tense (lang.PastTenseVerbs), text as written
// and norm folded, may be a name: letters alone (not We've), and no
// dictionary word (lang.DictionaryWords: the language has one).
func pastTenseSubject(text, norm string, l lang.Language) bool {
	for _, r := range text {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	dict := capsOf(l).dictionaryWords
	return dict != nil && !dict.DictionaryWord(norm)
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
