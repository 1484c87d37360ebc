package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Common-word collisions. A foreign place whose name is a frequent Turkish
// word ("Kent", "Bakan", "Ana", "Son") would be found in almost every
// Turkish article. Zemberek's case-sensitive frequency list (Apache-2.0)
// decides: a one-word name is a common word when its lower-case form is
// among the commonWordRank most frequent words and is more frequent than
// its capitalised form (a proper name is mostly capitalised). Such names
// are removed from foreign cities and regions; an entry left without its
// preferred Turkish or English name is dropped, unless it is a capital or
// has ≥ 1M inhabitants (or is in commonWordKeepNames), which keeps its
// names, gets common_word=1 and the low prior priorCommonWord.
// Turkish provinces and districts (Ordu, Van, Batman, Of, Pazar) are real
// places named in Turkish text and are never touched.

const (
	commonWordRank = 20000
	commonWordKeep = 1000000
)

// commonWordKeepNames are well-known foreign cities under 1M that Turkish
// news names as they are (Fransa'nın Nice kenti), keyed country|English name.
var commonWordKeepNames = map[string]bool{"Q142|Nice": true, "Q38|Bari": true, "Q262|Oran": true}

// turkishFreq maps a word form (case kept) to its rank and count.
type turkishFreq map[string][2]int

func loadTurkishFreq(s src) (turkishFreq, error) {
	f, err := os.Open(s.path("zemberek", "freq-100k.txt.gz"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	defer z.Close()
	m := turkishFreq{}
	sc := bufio.NewScanner(z)
	for rank := 1; sc.Scan(); rank++ {
		w, n, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			continue
		}
		c, _ := strconv.Atoi(n)
		if _, seen := m[w]; !seen {
			m[w] = [2]int{rank, c}
		}
	}
	return m, sc.Err()
}

// common reports whether the one-word name is a frequent Turkish word.
func (f turkishFreq) common(name string) bool {
	if strings.ContainsAny(name, " -'’.") {
		return false
	}
	low := lowerTurkish(name)
	lw, ok := f[low]
	if !ok || lw[0] > commonWordRank {
		return false
	}
	capForm := strings.ToUpperSpecial(unicode.TurkishCase, string([]rune(low)[0])) + string([]rune(low)[1:])
	return f[capForm][1] < lw[1]
}

func markCommonWords(s src, g *gazetteer, log io.Writer) error {
	freq, err := loadTurkishFreq(s)
	if err != nil {
		return err
	}
	var dropped []string
	for _, e := range g.sorted() {
		if e.typ != "LOCATION" || (e.subtype != "city" && e.subtype != "region") || e.attrs["country"] == turkeyID {
			continue
		}
		var hit []string
		for _, l := range []string{"tr", "en"} {
			for _, n := range e.names[l] {
				if freq.common(n) {
					hit = append(hit, n)
				}
			}
		}
		if len(hit) == 0 {
			continue
		}
		if atoi(e.attrs["population"]) >= commonWordKeep || commonWordKeepNames[e.attrs["country"]+"|"+e.names["en"][0]] {
			e.attrs["common_word"] = "1"
			fmt.Fprintf(log, "common word kept %s %v\n", e.id, hit)
			continue
		}
		for _, l := range []string{"tr", "en"} {
			var keep []string
			for _, n := range e.names[l] {
				if !freq.common(n) {
					keep = append(keep, n)
				}
			}
			e.names[l] = keep
		}
		if !e.has("tr") || !e.has("en") {
			delete(g.byID, e.id)
			dropped = append(dropped, fmt.Sprintf("%s %s (%s, pop %s)", e.id, hit[0], e.attrs["country"], e.attrs["population"]))
		} else {
			fmt.Fprintf(log, "common word names removed from %s: %v\n", e.id, hit)
		}
	}
	for _, e := range g.byID { // cities of a dropped region lose their parent
		if p := e.attrs["parent"]; p != "" && g.byID[p] == nil {
			delete(e.attrs, "parent")
		}
	}
	sort.Strings(dropped)
	for _, d := range dropped {
		fmt.Fprintln(log, "common word dropped", d)
	}
	return nil
}
