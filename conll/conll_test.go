package conll

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

func TestReadCoNLLTags(t *testing.T) {
	tests := []struct {
		name, in string
		opt      Options
		words    [][]string
		tags     [][]string
	}{
		{
			name:  "IOB2 with short types",
			in:    "Ali\tB-PER\nVeli\tI-PER\nAnkara\tB-LOC\n'da\tO\n",
			words: [][]string{{"Ali", "Veli", "Ankara", "'da"}},
			tags:  [][]string{{"B-PERSON", "I-PERSON", "B-LOCATION", "O"}},
		},
		{
			name:  "IOB1 turned into IOB2, tag in the last column",
			in:    "AB POS I-ORG\nve POS O\nNATO POS I-ORG\nTMSF POS B-ORG\n",
			words: [][]string{{"AB", "ve", "NATO", "TMSF"}},
			tags:  [][]string{{"B-ORGANIZATION", "O", "B-ORGANIZATION", "B-ORGANIZATION"}},
		},
		{
			name:  "GPE is a location, other types are O",
			in:    "Pekin\tB-GPE\nTürk\tB-NORP\n2020\tB-DATE\nBaşbakan\tB-TITLE\n",
			words: [][]string{{"Pekin", "Türk", "2020", "Başbakan"}},
			tags:  [][]string{{"B-LOCATION", "O", "O", "O"}},
		},
		{
			name:  "other types as MISC when asked",
			in:    "Türk\tB-NORP\nkahvesi\tO\n",
			opt:   Options{Misc: true},
			words: [][]string{{"Türk", "kahvesi"}},
			tags:  [][]string{{"B-MISC", "O"}},
		},
		{
			name:  "WNUT-17 types: corporation and group are organizations",
			in:    "Apple\tB-corporation\nBeatles\tB-group\niPhone\tB-product\nAlice\tB-person\nParis\tB-location\n",
			opt:   Options{Misc: true},
			words: [][]string{{"Apple", "Beatles", "iPhone", "Alice", "Paris"}},
			tags:  [][]string{{"B-ORGANIZATION", "B-ORGANIZATION", "B-MISC", "B-PERSON", "B-LOCATION"}},
		},
		{
			name:  "BOM, CRLF, DOCSTART and several blank lines",
			in:    "\ufeff-DOCSTART- -X- O\r\n\r\nAnkara\tB-LOC\r\n\r\n\r\nbugün\tO\r\nİzmir\tI-LOC\r\n",
			words: [][]string{{"Ankara"}, {"bugün", "İzmir"}},
			tags:  [][]string{{"B-LOCATION"}, {"O", "B-LOCATION"}},
		},
		{
			name:  "apostrophe suffixes split off and end the entity",
			in:    "Pekin'i\tB-GPE\nİsveç'in\tB-GPE\nTrelleborg\tI-GPE\nO'Neill\tB-PERSON\n",
			opt:   Options{SplitApostrophes: true},
			words: [][]string{{"Pekin", "'i", "İsveç", "'in", "Trelleborg", "O'Neill"}},
			tags:  [][]string{{"B-LOCATION", "O", "B-LOCATION", "O", "B-LOCATION", "B-PERSON"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, err := Read(strings.NewReader(tt.in), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			var words, tags [][]string
			for _, s := range sents {
				var w []string
				for _, tok := range s.Tokens {
					w = append(w, tok.Text)
				}
				words, tags = append(words, w), append(tags, s.Tags)
			}
			if d := cmp.Diff(tt.words, words); d != "" {
				t.Errorf("words (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.tags, tags); d != "" {
				t.Errorf("tags (-want +got):\n%s", d)
			}
		})
	}
}

func TestReadCoNLLTokens(t *testing.T) {
	sents, err := Read(strings.NewReader("İSTANBUL\tB-LOC\n'da\tO\n3,5\tO\n,\tO\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	toks := sents[0].Tokens
	text := "İSTANBUL 'da 3,5 ,"
	kinds := []lang.Kind{lang.Word, lang.Suffix, lang.Number, lang.Punct}
	for i, tok := range toks {
		if text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %d: offsets %d:%d give %q, want %q", i, tok.Start, tok.End, text[tok.Start:tok.End], tok.Text)
		}
		if tok.Kind != kinds[i] {
			t.Errorf("token %q: kind %v, want %v", tok.Text, tok.Kind, kinds[i])
		}
		if tok.Norm == "" {
			t.Errorf("token %q: empty Norm", tok.Text)
		}
	}
}

func TestReadCoNLLNestedNames(t *testing.T) {
	gaz := gazetteer.New(
		&gazetteer.Entry{ID: "Q30", Type: gazetteer.Location, Prior: 0.95,
			Names: map[string][]string{"tr": {"ABD", "Amerika Birleşik Devletleri"}, "en": {"United States"}}},
		&gazetteer.Entry{ID: "Q17", Type: gazetteer.Location, Prior: 0.95,
			Names: map[string][]string{"tr": {"Japonya"}, "fr": {"Japon"}}},
		&gazetteer.Entry{ID: "varlik:org:mhp", Type: gazetteer.Organization, Prior: 0.8,
			Names: map[string][]string{"tr": {"MHP"}}},
	)
	tests := []struct {
		name, in string
		tags     []string
	}{
		{"a country before the role", "ABD\tB-TITLE\nBaşkanı\tI-TITLE\nClinton\tB-PERSON\n",
			[]string{"B-LOCATION", "O", "B-PERSON"}},
		{"the longest name", "Amerika\tB-TITLE\nBirleşik\tI-TITLE\nDevletleri\tI-TITLE\nBaşkanı\tI-TITLE\n",
			[]string{"B-LOCATION", "I-LOCATION", "I-LOCATION", "O"}},
		{"an organization", "MHP\tB-TITLE\nlideri\tI-TITLE\n", []string{"B-ORGANIZATION", "O"}},
		{"a title that is only the name stays O", "ABD\tB-TITLE\n", []string{"O"}},
		{"a name outside a title is not touched", "ABD\tO\nBaşkanı\tO\n", []string{"O", "O"}},
		{"only at the start of the title", "eski\tB-TITLE\nABD\tI-TITLE\nBaşkanı\tI-TITLE\n", []string{"O", "O", "O"}},
		{"a name in another language is not taken", "Japon\tB-TITLE\nimparatoru\tI-TITLE\n", []string{"O", "O"}},
		{"the stem of -li", "ABD'li\tB-NORP\nyetkililer\tO\n", []string{"B-LOCATION", "O", "O"}},
		{"an organization with -li", "MHP'liler\tB-NORP\n", []string{"B-ORGANIZATION", "O"}},
		{"NORP without -li stays O", "ABD'nin\tB-NORP\n", []string{"O", "O"}},
		{"an unknown stem stays O", "Zwolle'liler\tB-NORP\n", []string{"O", "O"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, err := Read(strings.NewReader(tt.in), Options{Language: tr.Turkish{}, SplitApostrophes: true, NestedNames: gaz})
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.tags, sents[0].Tags); d != "" {
				t.Errorf("tags (-want +got):\n%s", d)
			}
		})
	}
}

// TestReadCoNLLNorpBodies checks Options.NorpBodies: a NORP span that ends
// in a head noun of organizations' names is read as an organization;
// places, peoples, lower-case heads and titles stay as they were.
func TestReadCoNLLNorpBodies(t *testing.T) {
	gaz := gazetteer.New(
		&gazetteer.Entry{ID: "Q15180", Type: gazetteer.Location, Prior: 0.9,
			Names: map[string][]string{"tr": {"Sovyetler Birliği"}}},
		&gazetteer.Entry{ID: "Q30", Type: gazetteer.Location, Prior: 0.95,
			Names: map[string][]string{"tr": {"ABD"}}},
	)
	tests := []struct {
		name, in string
		tags     []string
	}{
		{"a party", "İşçi\tB-NORP\nPartisi'ni\tI-NORP\n", []string{"B-ORGANIZATION", "I-ORGANIZATION", "O"}},
		{"an army", "ABD\tB-NORP\nOrdusu\tI-NORP\ngeldi\tO\n", []string{"B-ORGANIZATION", "I-ORGANIZATION", "O"}},
		{"a known place stays", "Sovyetler\tB-NORP\nBirliği'nin\tI-NORP\n", []string{"B-MISC", "I-MISC", "O"}},
		{"a people stays", "Kürtler\tB-NORP\n", []string{"B-MISC"}},
		{"a lower-case head stays", "Lübnan\tB-NORP\npartisi\tI-NORP\n", []string{"B-MISC", "I-MISC"}},
		{"a title stays", "Savunma\tB-TITLE\nBakanlığı\tI-TITLE\n", []string{"O", "O"}},
		{"the -li of a place first", "ABD'li\tB-NORP\n", []string{"B-LOCATION", "O"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, on := range []bool{false, true} {
				sents, err := Read(strings.NewReader(tt.in), Options{Language: tr.Turkish{}, SplitApostrophes: true, Misc: true, NestedNames: gaz, NorpBodies: on})
				if err != nil {
					t.Fatal(err)
				}
				want := tt.tags
				if !on && strings.HasPrefix(want[0], "B-ORG") {
					want = slices.Clone(want)
					for i, w := range want {
						if strings.HasSuffix(w, "ORGANIZATION") {
							want[i] = w[:2] + "MISC"
						}
					}
				}
				if d := cmp.Diff(want, sents[0].Tags); d != "" {
					t.Errorf("NorpBodies %v: tags (-want +got):\n%s", on, d)
				}
			}
		})
	}
}

// TestDocStart checks which lines start a document.
func TestDocStart(t *testing.T) {
	for line, want := range map[string]bool{
		"-DOCSTART- -X- O O": true, "-DOCSTART-\tO": true, "  -DOCSTART-": true, "-DOCSTART-\r\n": true,
		"": false, "EU B-ORG": false, "x -DOCSTART-": false, "-DOCSTART-x": false,
	} {
		if got := DocStart(line); got != want {
			t.Errorf("DocStart(%q) = %v, want %v", line, got, want)
		}
	}
}
