package relation

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestRunSets checks that runSets.matching gives, in order, the runs
// whose sentence has every required bit of a possible Pattern, and every
// run whose sentence has no set, on random sentence sets (one run alone,
// which is not transposed, too).
func TestRunSets(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		ix := &phraseIndex{words: 1 + rng.IntN(3)}
		nSent, base := 1+rng.IntN(150), rng.IntN(3)
		sentences := bitSets{bits: make([]uint64, nSent*ix.words), words: ix.words}
		for i := range sentences.bits {
			sentences.bits[i] = rng.Uint64() & rng.Uint64() // about a quarter of the bits
		}
		var runs []sentenceRun
		for range rng.IntN([]int{2, 200}[rng.IntN(2)]) { // some before base or past the sets
			runs = append(runs, sentenceRun{sent: rng.IntN(nSent+base+2) - 1})
		}
		runs = append(runs, sentenceRun{sent: -1})
		var need, other []int // the bits of a Pattern, and of others
		for bit := range ix.words * 64 {
			switch rng.IntN(40) {
			case 0:
				need = append(need, bit)
			case 1, 2:
				other = append(other, bit)
			}
		}
		ix.setRequired([][]int{need, other}, ix.words*64)
		var want []int
		for r, run := range runs[:len(runs)-1] {
			sent := run.sent - base
			if sent < 0 || sent >= nSent || !slices.ContainsFunc(need, func(bit int) bool { return !sentences.has(sent, bit) }) {
				want = append(want, r)
			}
		}
		rs := ix.runSets(sentences, base, runs, &matcherBuffers{})
		if !slices.Contains(possiblePatterns(rs), 0) {
			if len(want) > 0 {
				t.Fatalf("need %v: not possible, but runs %v have it", need, want)
			}
			continue
		}
		got := matchingRuns(rs, ix.need[0])
		if !slices.Equal(got, want) {
			t.Fatalf("need %v: runs %v, want %v", need, got, want)
		}
	}
}

// TestPossiblePatterns checks that runSets.possible has, in order,
// the Patterns each of whose required bits some run has (a run whose
// sentence has no set has every bit), and no others, on random sentence
// sets, runs and Patterns.
func TestPossiblePatterns(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		ix := &phraseIndex{words: 1 + rng.IntN(3)}
		nSent, base := 1+rng.IntN(20), rng.IntN(3)
		sentences := bitSets{bits: make([]uint64, nSent*ix.words), words: ix.words}
		for i := range sentences.bits {
			sentences.bits[i] = rng.Uint64() & rng.Uint64() & rng.Uint64() & rng.Uint64()
		}
		var runs []sentenceRun
		for range rng.IntN(8) {
			runs = append(runs, sentenceRun{sent: rng.IntN(nSent+base+1) - rng.IntN(2)})
		}
		runs = append(runs, sentenceRun{sent: -1})
		required := make([][]int, rng.IntN(150))
		for pi := range required {
			for range rng.IntN(4) {
				required[pi] = append(required[pi], rng.IntN(ix.words*64))
			}
		}
		ix.setRequired(required, ix.words*64)
		has := func(bit int) bool {
			for _, run := range runs[:len(runs)-1] {
				if sent := run.sent - base; sent < 0 || sent >= nSent || sentences.has(sent, bit) {
					return true
				}
			}
			return false
		}
		got := possiblePatterns(ix.runSets(sentences, base, runs, &matcherBuffers{}))
		if !slices.IsSorted(got) {
			t.Fatalf("possible %v: not in order", got)
		}
		for pi, req := range required {
			possible := slices.Contains(got, pi)
			if !possible && !slices.ContainsFunc(req, func(bit int) bool { return !has(bit) }) {
				t.Fatalf("pattern %d of required bits %v: ruled out, but every bit is present", pi, req)
			}
			if possible && slices.ContainsFunc(req, func(bit int) bool { return !has(bit) }) {
				t.Fatalf("pattern %d of required bits %v: possible, but a bit is missing", pi, req)
			}
		}
	}
}

// possiblePatterns lists, in order, the Patterns in rs.possible.
func possiblePatterns(rs runSets) []int {
	var out []int
	for w, set := range rs.possible {
		for ; set != 0; set &= set - 1 {
			out = append(out, w*64+bits.TrailingZeros64(set))
		}
	}
	return out
}

// matchingRuns lists, in order, the runs of rs.matching(need, ...).
func matchingRuns(rs runSets, need []int) []int {
	var out []int
	for w := range rs.runWords() {
		for set := rs.matching(need, w); set != 0; set &= set - 1 {
			out = append(out, w*64+bits.TrailingZeros64(set))
		}
	}
	return out
}

// TestStopBits checks that gaps whose stop words are the same, as written
// or in another order, share a bit, whose words are listed once, and that
// others (a word repeated too) get bits of their own.
func TestStopBits(t *testing.T) {
	sb := stopBits{bySet: map[string]int{}}
	var exact wordBits
	nbits := 3 // bits taken before
	lists := []struct {
		words []string
		bit   int
	}{
		{[]string{"not", ","}, 3}, {[]string{"not", ","}, 3}, {[]string{",", "not"}, 3}, {[]string{",", "not", "not"}, 4},
		{[]string{"not"}, 5}, {nil, 6}, {[]string{}, 6}, {[]string{"not", ","}, 3},
	}
	for _, l := range lists {
		if got := sb.bit(&exact, slices.Clone(l.words), &nbits); got != l.bit {
			t.Errorf("stop words %q: bit %d, want %d", l.words, got, l.bit)
		}
	}
	if nbits != 7 || len(exact) != 5 {
		t.Errorf("%d bits, words %v; want 7 bits and 5 words", nbits, exact)
	}
}

// TestIndexUnitLeads compares the leads indexUnit sets with those read
// off the Patterns themselves (a phrase's first word as written, as a
// prefix or as a stem's prefix; a gap's stop words), for each language,
// on the first words and stop words of its Patterns, their prefixes and
// extensions, words of news, short words, the empty word and invalid
// UTF-8.
func TestIndexUnitLeads(t *testing.T) {
	for _, code := range []string{"tr", "en", "ru"} {
		p := patternsFor(code)
		ix := p.phrases
		words := []string{"", "a", "ab", "abc", "abcd", "\xff", "\xff\xfe\xfd\xfc\xfb", ",", "и", "иностранных", "başbakanı"}
		for _, pat := range p.Patterns {
			for _, e := range pat.Elems {
				for _, ph := range e.phrases {
					w := strings.TrimRight(ph[0], "*+")
					words = append(words, w, w+"lar", w+"ı", w[:len(w)/2], w[:max(0, len(w)-1)], strings.ToUpper(w))
				}
				words = append(words, e.stopWords...)
			}
		}
		slices.Sort(words)
		words = slices.Compact(words)
		units := make([]unit, len(words))
		for k, w := range words {
			units[k] = unit{ent: -1, norm: w, quoteEnd: -1}
		}
		m := &matcher{units: units, p: p}
		leads := make([]uint64, len(units)*ix.words)
		m.leads = bitSets{bits: leads, words: ix.words}
		for k := range units {
			sent := make([]uint64, ix.words)
			m.indexUnit(ix, k, sent)
			want := make([]uint64, ix.words)
			for _, pat := range p.Patterns {
				for _, e := range pat.Elems {
					for _, ph := range e.phrases {
						if firstWordMay(ph[0], words[k], p.StemPrefix) {
							want[e.lead/64] |= 1 << (e.lead % 64)
						}
					}
					if slices.Contains(e.stopWords, words[k]) {
						want[e.lead/64] |= 1 << (e.lead % 64)
					}
				}
			}
			if got := m.leads.set(k); !slices.Equal(got, want) || !slices.Equal(sent, want) {
				t.Fatalf("%s: %q: leads %x, sentence set %x, want %x", code, words[k], got, sent, want)
			}
		}
	}
}

// firstWordMay reports whether a unit's word norm may be the first word w
// of a phrase, as the phrase index tells: written out, a prefix "x*", or a
// stem "x+" whose stemPrefix it starts with.
func firstWordMay(w, norm string, stemPrefix func(string) string) bool {
	switch {
	case strings.HasSuffix(w, "*"):
		return strings.HasPrefix(norm, w[:len(w)-1])
	case strings.HasSuffix(w, "+"):
		return strings.HasPrefix(norm, stemPrefix(w[:len(w)-1]))
	}
	return norm == w
}
