// Package langid identifies the language of a document among the
// languages varlik supports (Turkish, English, Russian), and can be taught
// more: a Profile per language, trained from text with Train, added with
// Register.
//
// # Method
//
// Identification runs in two steps. First the script: the letters of the
// text are counted per Unicode script, and only languages written in the
// majority script stay candidates (Cyrillic → ru, since ru is the only
// built-in Cyrillic language; uk or bg would join that contest with their
// own profiles). Then, among the candidates, each word of that script is
// scored by a naive Bayes model over its letter trigrams (Çin gives " çi",
// "çin", "in "), so Turkish letters (ç ğ ı ö ş ü) and endings (-ları, -nın)
// and English spelling (" th", "the", "ing") weigh in without hand-set
// rules. Two small lists, facts of the languages, override the trigrams:
// stopwords (ve, bir, için; the, of, and) and what follows an apostrophe
// (Turkish case endings in Çin'in, Kazan'a; English 's, 't). A word's
// evidence against a language is capped at maxWordEvidence, so a long
// foreign name (Kahramanmaraş in an English sentence) counts like one word,
// a capitalized word (a name, which travels between languages) counts half,
// and the text's language is the one its words favour in sum: mixed text
// goes with its majority, and a Turkish article quoting English stays tr.
//
// # Why home-made
//
// lingua-go (github.com/pemistahl/lingua-go, v1.4.0) is the most accurate
// library for short text, but its module is a 128 MB download carrying the
// models of 75 languages, it is outside varlik's dependency policy
// (standard library, x/text, prose), and restricting it to three languages
// does not shrink the module. whatlanggo (github.com/abadojack/whatlanggo,
// last release v1.0.1, March 2019) is small, but unmaintained, also outside
// the policy, and fixed to its own trigram lists: it cannot be retrained or
// told about mixed text. Three languages in two scripts need far less: the
// profiles here are 3 × 5,000 trigrams (about 120 KB embedded, parsed once
// on first use), and the 300 news sentences of testdata/langid, 100 per
// language, short ones and ones quoting another language among them, are
// identified with 100% accuracy (TestAccuracy).
//
// # Training data
//
// The embedded profiles were built by internal/train from licensed text:
// Turkish from the tokens of Turkish Wiki NER (Altinok 2023, CC BY-SA 4.0),
// Russian from FactRuEval-2016 (MIT), English from "The Adventures of
// Sherlock Holmes" (public domain; the copy in prose v3's testdata, MIT)
// and the English names and descriptions of the CIA World Factbook (CC0),
// so that the English profile, like the Turkish one, has seen the world's
// names. Each profile names its sources in its header.
//
// # Long documents
//
// A document longer than sampleBytes (8 KB) is not read whole: four
// windows of windowBytes (2 KB) each, evenly spread from its start to its
// end, are scored instead. Spreading the windows (rather than reading only
// the opening kilobytes) keeps mixed documents decided by their majority:
// an article whose first paragraph is an English quote is still read
// mostly in its own language. Identification of a long document thus costs
// as much as that of an 8 KB one (BenchmarkIdentifyLongDocument).
//
// # Quotations
//
// Words inside quotation marks (« », “ ”, " ") count a quarter: a Turkish
// or Russian report often quotes an English speaker verbatim, and the quote
// can be longer than the sentence around it; the narrative is what is in
// the document's language. A text that is all quotation is unaffected.
//
// # Limits
//
// A short sentence made mostly of foreign names can go wrong: "Donald
// Trump, New York'ta konuştu." reads as en (four English-looking names
// against two Turkish words). Whole news documents have enough ordinary
// words for this not to matter.
package langid

import (
	"embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed profiles/*.txt
var profileFiles embed.FS

// builtin loads the embedded profiles once.
var builtin = sync.OnceValues(func() ([]*Profile, error) {
	var ps []*Profile
	for _, code := range []string{"en", "ru", "tr"} {
		f, err := profileFiles.Open("profiles/" + code + ".txt")
		if err != nil {
			return nil, err
		}
		p, err := ReadProfile(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("langid: profiles/%s.txt: %w", code, err)
		}
		ps = append(ps, p.WithStopwords(strings.Fields(stopwords[code])...).WithClitics(strings.Fields(clitics[code])...))
	}
	return ps, nil
})

var (
	registryMu sync.RWMutex
	registered = map[string]*Profile{} // added with Register, by code
	detector   *Detector               // over Profiles(); nil after a Register
)

// Register adds a profile to those Identify chooses among, replacing a
// built-in or earlier profile with the same code.
func Register(p *Profile) {
	registryMu.Lock()
	defer registryMu.Unlock()
	registered[p.Code] = p
	detector = nil
}

// defaultDetector returns the Detector over Profiles(), built once per
// change of the registry.
func defaultDetector() *Detector {
	registryMu.RLock()
	d := detector
	registryMu.RUnlock()
	if d != nil {
		return d
	}
	registryMu.Lock()
	defer registryMu.Unlock()
	if detector == nil {
		detector = New(profilesLocked()...)
	}
	return detector
}

// Profiles returns the profiles Identify chooses among, sorted by code: the
// built-in ones (en, ru, tr) and those added with Register.
func Profiles() []*Profile {
	registryMu.RLock()
	defer registryMu.RUnlock()
	return profilesLocked()
}

// profilesLocked is Profiles for a caller holding registryMu.
func profilesLocked() []*Profile {
	ps, err := builtin()
	if err != nil {
		panic(err) // the embedded profiles are part of the build; tests read them
	}
	byCode := map[string]*Profile{}
	for _, p := range ps {
		byCode[p.Code] = p
	}
	for c, p := range registered {
		byCode[c] = p
	}
	out := make([]*Profile, 0, len(byCode))
	for _, p := range byCode {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// Fallback is the language to assume for a text Identify cannot place
// (no letters): varlik's first language, Turkish.
const Fallback = "tr"

// Identify returns the language of text among Profiles() and a confidence
// in [0, 1]. It returns ("", 0) when text has no letters in the script of
// any known language (empty text, digits only, Chinese). Invalid UTF-8 is
// skipped, never an error.
func Identify(text string) (code string, confidence float64) {
	return defaultDetector().Identify(text)
}

// Detector identifies languages among a fixed set of profiles. It is safe
// for concurrent use.
type Detector struct {
	profiles []*Profile
}

// New returns a Detector that chooses among profiles.
func New(profiles ...*Profile) *Detector { return &Detector{profiles: profiles} }

// maxWordEvidence bounds, in nats, how much one word can count against a
// language: a long foreign name (Kahramanmaraş in an English sentence)
// weighs like any other word, not like its many trigrams.
const maxWordEvidence = 5.0

// quotedWeight is how much a letter inside quotation marks counts, against
// 1 for one outside: news quotes speakers in their own language, while the
// narrative around the quotes is in the document's language.
const quotedWeight = 0.25

// nameWeight is how much a capitalized word counts, against 1 for one in
// lower case: names travel between languages, and a Turkish headline that
// names West Virginia and YouTube beside Trump'ın, mitinginin and kanalı
// was read as English. On the project's news corpus (NTREX dev lines and
// the Turkish training sentences), Turkish lines read as English 3 of 999
// and 104 of 8,416 → 2 and 93 (those left are names alone: bylines), no
// English or Russian line changed, and English web text (UNER EWT dev,
// 2,001 sentences) kept its 93 misread fragments.
const nameWeight = 0.5

const (
	sampleBytes = 8 << 10 // texts up to this size are read whole
	windowBytes = 2 << 10 // else four windows of this size are read
	windows     = 4
)

// Identify is the package-level Identify over d's profiles.
//
// The confidence is the share of the text's letters in the winning script
// times the winner's posterior probability against the other candidates of
// that script, computed from the summed word evidence scaled by 1/√n for n
// words (naive Bayes treats overlapping trigrams as independent and would
// otherwise be certain of everything).
func (d *Detector) Identify(text string) (code string, confidence float64) {
	sample := sampleOf(text)
	script, share := majorityScript(sample, d.profiles)
	if script == nil {
		return "", 0
	}
	var cands []*Profile
	for _, p := range d.profiles {
		if p.Script == script {
			cands = append(cands, p)
		}
	}
	if len(cands) == 1 {
		return cands[0].Code, share
	}
	scores := make([]float64, len(cands)) // clipped evidence summed over words
	word := make([]float64, len(cands))   // log-likelihoods of the current word
	words := 0.0
	var buf []byte
	for _, part := range sample {
		wordsOf(part, func(w string, quoted, clitic bool) {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.Is(script, r) {
				return // a word in another script says nothing here
			}
			clear(word)
			wordTrigrams(w, func(k uint64) {
				for i, p := range cands {
					lp, ok := p.logp[k]
					if !ok {
						lp = p.unseen
					}
					word[i] += float64(lp)
				}
			})
			buf = appendFold(buf[:0], w)
			listEvidence(word, cands, buf, clitic)
			weight := 1.0
			if quoted {
				weight = quotedWeight
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				weight *= nameWeight
			}
			best := slices.Max(word)
			for i := range word {
				scores[i] += weight * max(word[i]-best, -maxWordEvidence)
			}
			words += weight
		})
	}
	best := 0
	for i := range scores {
		if scores[i] > scores[best] {
			best = i
		}
	}
	// Evidence that does not decide between Fallback and another language
	// (two names known in both: "Putin Moskova.") picks Fallback, as text
	// with no evidence at all does, not whichever profile sorts first.
	for i := range scores {
		if cands[i].Code == Fallback && scores[best]-scores[i] < 1e-9 {
			best = i
		}
	}
	sum := 0.0
	for i := range scores {
		sum += math.Exp((scores[i] - scores[best]) / math.Sqrt(max(words, 1)))
	}
	return cands[best].Code, share / sum
}

// listEvidence overrides the trigram evidence of a word that is a stopword
// (or, for a word after an apostrophe, a clitic) of some candidates but not
// of all: it then counts fully for those and as much as a word can against
// the others.
func listEvidence(word []float64, cands []*Profile, folded []byte, clitic bool) {
	in := func(p *Profile) bool {
		if clitic {
			return p.clitics[string(folded)] // no allocation: a map index
		}
		return p.stopwords[string(folded)]
	}
	hits := 0
	for _, p := range cands {
		if in(p) {
			hits++
		}
	}
	if hits == 0 || hits == len(cands) {
		return
	}
	for i, p := range cands {
		word[i] = -maxWordEvidence
		if in(p) {
			word[i] = 0
		}
	}
}

// sampleOf returns text whole, or windows evenly spread over it, each cut
// at rune boundaries.
func sampleOf(text string) []string {
	if len(text) <= sampleBytes {
		return []string{text}
	}
	parts := make([]string, 0, windows)
	step := (len(text) - windowBytes) / (windows - 1)
	for i := range windows {
		start := runeStart(text, i*step)
		end := runeStart(text, min(len(text), start+windowBytes))
		parts = append(parts, text[start:end])
	}
	return parts
}

// runeStart moves i back to the start of the rune that contains it.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// majorityScript returns the script, among those of profiles, that most
// letters of sample are written in, and its share of all letters.
func majorityScript(sample []string, profiles []*Profile) (*unicode.RangeTable, float64) {
	var scripts []*unicode.RangeTable
	for _, p := range profiles {
		if !slices.Contains(scripts, p.Script) {
			scripts = append(scripts, p.Script)
		}
	}
	counts := make([]float64, len(scripts))
	letters := 0.0
	for _, part := range sample {
		var q quotes
		for _, r := range part {
			if r < 'A' || !unicode.IsLetter(r) {
				q.see(r)
				continue
			}
			w := 1.0
			if q.in() {
				w = quotedWeight
			}
			letters += w
			for i, s := range scripts {
				if unicode.Is(s, r) {
					counts[i] += w
					break
				}
			}
		}
	}
	best := -1
	for i, c := range counts {
		if c > 0 && (best < 0 || c > counts[best]) {
			best = i
		}
	}
	if best < 0 {
		return nil, 0
	}
	return scripts[best], counts[best] / letters
}
