package langid

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Profile is what langid knows about one language: its code, the script its
// letters are written in, and the relative frequencies of letter trigrams
// in running text. Profiles are built with Train and stored as text with
// WriteTo / ReadProfile; a Profile is immutable and safe for concurrent use.
type Profile struct {
	Code   string              // BCP 47 code, e.g. "tr"
	Script *unicode.RangeTable // e.g. unicode.Latin
	script string              // the Script's name in unicode.Scripts
	counts map[uint64]int      // trigram key → count (kept for WriteTo)
	total  int                 // sum of counts
	logp   map[uint64]float32  // trigram key → log P(trigram | language)
	unseen float32             // log P of a trigram not in the profile
	// stopwords are frequent words of the language, folded (see
	// appendFold); a word that is a stopword of some candidates and not of
	// others counts fully for the former. clitics are the same for words
	// right after an apostrophe (Turkish case endings: Çin'in, Kazan'a).
	stopwords, clitics map[string]bool
}

// WithStopwords returns a copy of p that also knows words as frequent
// function words of its language (ve, bir, için for Turkish; the, of, and
// for English). List only words that are rare in the languages p competes
// with: a Turkish list must not hold "on", common in English.
func (p *Profile) WithStopwords(words ...string) *Profile {
	q := *p
	q.stopwords = withWords(p.stopwords, words)
	return &q
}

// WithClitics returns a copy of p that also knows words as what follows an
// apostrophe in its language: Turkish case endings (Çin'in, Kazan'a),
// English 's, 't, 'll.
func (p *Profile) WithClitics(words ...string) *Profile {
	q := *p
	q.clitics = withWords(p.clitics, words)
	return &q
}

func withWords(set map[string]bool, words []string) map[string]bool {
	out := make(map[string]bool, len(set)+len(words))
	for w := range set {
		out[w] = true
	}
	for _, w := range words {
		out[string(appendFold(nil, w))] = true
	}
	return out
}

// Train builds a Profile from text in the language: it counts the letter
// trigrams of every word (with word boundaries marked) and keeps the size most frequent.
// script names the Unicode script (a key of unicode.Scripts, e.g. "Latin",
// "Cyrillic").
func Train(code, script string, text io.Reader, size int) (*Profile, error) {
	if unicode.Scripts[script] == nil {
		return nil, fmt.Errorf("langid: unknown script %q", script)
	}
	all := map[uint64]int{}
	sc := bufio.NewScanner(text)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		wordsOf(sc.Text(), func(w string, _, _ bool) { wordTrigrams(w, func(k uint64) { all[k]++ }) })
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	keys := make([]uint64, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b uint64) int { return cmp.Or(cmp.Compare(all[b], all[a]), cmp.Compare(a, b)) })
	kept := map[uint64]int{}
	for _, k := range keys[:min(size, len(keys))] {
		kept[k] = all[k]
	}
	return newProfile(code, script, kept)
}

// maxUnseen is the highest log-probability a trigram missing from a
// profile may get, the add-one estimate for a corpus of a million trigrams.
var maxUnseen = math.Log(1e-6) // a var: math.Log is not constant

func newProfile(code, script string, counts map[uint64]int) (*Profile, error) {
	if len(counts) == 0 {
		return nil, fmt.Errorf("langid: profile %q has no trigrams", code)
	}
	p := &Profile{Code: code, Script: unicode.Scripts[script], script: script, counts: counts, logp: make(map[uint64]float32, len(counts))}
	for _, c := range counts {
		p.total += c
	}
	// Add-one smoothing over the kept trigrams plus one slot for all unseen
	// ones. The unseen slot is capped at maxUnseen so that a profile trained
	// on little text, where even the one slot is large, does not win by
	// missing everything cheaply.
	denom := float64(p.total + len(counts) + 1)
	for k, c := range counts {
		p.logp[k] = float32(math.Log(float64(c+1) / denom))
	}
	p.unseen = float32(min(math.Log(1/denom), maxUnseen))
	return p, nil
}

// WriteTo writes p in the text form ReadProfile reads: a header of
// "code", "script" and comment lines, then one "trigram<TAB>count" line per
// trigram, most frequent first. Spaces in trigrams mark word boundaries.
func (p *Profile) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "code %s\nscript %s\n", p.Code, p.script)
	keys := make([]uint64, 0, len(p.counts))
	for k := range p.counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b uint64) int { return cmp.Or(cmp.Compare(p.counts[b], p.counts[a]), cmp.Compare(a, b)) })
	for _, k := range keys {
		fmt.Fprintf(bw, "%s\t%d\n", keyString(k), p.counts[k])
	}
	return 0, bw.Flush()
}

// ReadProfile parses a profile written by WriteTo. Lines starting with #
// are comments.
func ReadProfile(r io.Reader) (*Profile, error) {
	var code, script string
	counts := map[uint64]int{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		switch {
		case t == "" || strings.HasPrefix(t, "#"):
		case strings.HasPrefix(t, "code "):
			code = strings.TrimPrefix(t, "code ")
		case strings.HasPrefix(t, "script "):
			script = strings.TrimPrefix(t, "script ")
		default:
			tri, n, ok := strings.Cut(t, "\t")
			c, err := strconv.Atoi(n)
			if !ok || err != nil || utf8.RuneCountInString(tri) != 3 || c <= 0 {
				return nil, fmt.Errorf("langid: profile line %d: want trigram<TAB>count, got %q", line, t)
			}
			rs := []rune(tri)
			counts[key(rs[0], rs[1], rs[2])] = c
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if code == "" || unicode.Scripts[script] == nil {
		return nil, fmt.Errorf("langid: profile without a code or a known script (code %q, script %q)", code, script)
	}
	return newProfile(code, script, counts)
}

// key packs three runes (21 bits each) into one map key.
func key(a, b, c rune) uint64 { return uint64(a)<<42 | uint64(b)<<21 | uint64(c) }

func keyString(k uint64) string {
	return string([]rune{rune(k >> 42), rune(k >> 21 & 0x1FFFFF), rune(k & 0x1FFFFF)})
}
