package en

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/langtest"
)

func TestTokenize(t *testing.T) {
	type tok struct {
		text string
		kind lang.Kind
	}
	tests := []struct {
		in   string
		want []tok
	}{
		{"Russia's PM met Li.", []tok{{"Russia", lang.Word}, {"'s", lang.Suffix}, {"PM", lang.Abbreviation}, {"met", lang.Word}, {"Li", lang.Word}, {".", lang.Punct}}},
		{"Russia’s leaders' talks", []tok{{"Russia", lang.Word}, {"’s", lang.Suffix}, {"leaders", lang.Word}, {"'", lang.Suffix}, {"talks", lang.Word}}},
		{"Seattle 's Ken hit", []tok{{"Seattle", lang.Word}, {"'s", lang.Suffix}, {"Ken", lang.Word}, {"hit", lang.Word}}}, // tokenized text: the possessive after a space
		{"Seattle  's Ken", []tok{{"Seattle", lang.Word}, {"'s", lang.Word}, {"Ken", lang.Word}}},                          // two spaces: left as prose gives it
		{"the U.S. and the UN", []tok{{"the", lang.Word}, {"U.S.", lang.Abbreviation}, {"and", lang.Word}, {"the", lang.Word}, {"UN", lang.Abbreviation}}},
		{"see https://example.com/x, a.b@example.org", []tok{{"see", lang.Word}, {"https://example.com/x", lang.URL}, {",", lang.Punct}, {"a.b@example.org", lang.Email}}},
		{"#BRICS @AA_Haber", []tok{{"#BRICS", lang.Hashtag}, {"@AA_Haber", lang.Mention}}},
		{"3.5% of 1,250,000 on the 30th", []tok{{"3.5%", lang.Percent}, {"of", lang.Word}, {"1,250,000", lang.Number}, {"on", lang.Word}, {"the", lang.Word}, {"30th", lang.Ordinal}}},
		{"“Fine,” he said", []tok{{"“", lang.Punct}, {"Fine", lang.Word}, {",", lang.Punct}, {"”", lang.Punct}, {"he", lang.Word}, {"said", lang.Word}}},
		// a straight single quote glued to the word it opens is a mark of its own, and so is the one closing it
		{"said 'Operation Sunrise' failed", []tok{{"said", lang.Word}, {"'", lang.Punct}, {"Operation", lang.Word}, {"Sunrise", lang.Word}, {"'", lang.Punct}, {"failed", lang.Word}}},
		{"said ‘sorry’ to", []tok{{"said", lang.Word}, {"‘", lang.Punct}, {"sorry", lang.Word}, {"’", lang.Punct}, {"to", lang.Word}}},
		// elisions keep their apostrophe; an unclosed quote ends with its sentence
		{"'em 'n' the '90s", []tok{{"'em", lang.Word}, {"'n", lang.Word}, {"'", lang.Suffix}, {"the", lang.Word}, {"'90s", lang.Word}}},
		{"codenamed 'Ángel Negro' began", []tok{{"codenamed", lang.Word}, {"'", lang.Punct}, {"Ángel", lang.Word}, {"Negro", lang.Word}, {"'", lang.Punct}, {"began", lang.Word}}},
		{"in 's-Hertogenbosch and Gerard 't Hooft", []tok{{"in", lang.Word}, {"'s-Hertogenbosch", lang.Word}, {"and", lang.Word}, {"Gerard", lang.Word}, {"'t", lang.Word}, {"Hooft", lang.Word}}},
		// a plural possessive inside a quoted phrase is no closing quote where one closes it further on
		{"called it 'the players' shirts' then", []tok{{"called", lang.Word}, {"it", lang.Word}, {"'", lang.Punct}, {"the", lang.Word}, {"players", lang.Word}, {"'", lang.Suffix}, {"shirts", lang.Word}, {"'", lang.Punct}, {"then", lang.Word}}},
		{"'The Beatles' Abbey Road' sold", []tok{{"'", lang.Punct}, {"The", lang.Word}, {"Beatles", lang.Word}, {"'", lang.Suffix}, {"Abbey", lang.Word}, {"Road", lang.Word}, {"'", lang.Punct}, {"sold", lang.Word}}},
		{"‘the Joneses’ house’ is", []tok{{"‘", lang.Punct}, {"the", lang.Word}, {"Joneses", lang.Word}, {"’", lang.Suffix}, {"house", lang.Word}, {"’", lang.Punct}, {"is", lang.Word}}},
		{"'the Beatles' sold well", []tok{{"'", lang.Punct}, {"the", lang.Word}, {"Beatles", lang.Word}, {"'", lang.Punct}, {"sold", lang.Word}, {"well", lang.Word}}},                                                                                                                               // none further on: the close
		{"'the Beatles' don't. It's 'ours'", []tok{{"'", lang.Punct}, {"the", lang.Word}, {"Beatles", lang.Word}, {"'", lang.Punct}, {"do", lang.Word}, {"n't", lang.Suffix}, {".", lang.Punct}, {"It", lang.Word}, {"'s", lang.Suffix}, {"'", lang.Punct}, {"ours", lang.Word}, {"'", lang.Punct}}}, // a clitic, and past the sentence's end
		{"'Hi. The players' union", []tok{{"'", lang.Punct}, {"Hi", lang.Word}, {".", lang.Punct}, {"The", lang.Word}, {"players", lang.Word}, {"'", lang.Suffix}, {"union", lang.Word}}},
		{"The 'Wolves' beat the 'Saints' here", []tok{{"The", lang.Word}, {"'", lang.Punct}, {"Wolves", lang.Word}, {"'", lang.Punct}, {"beat", lang.Word}, {"the", lang.Word}, {"'", lang.Punct}, {"Saints", lang.Word}, {"'", lang.Punct}, {"here", lang.Word}}}, // a quote opening further on: this one closed
		{"met Li. Mr. Xi", []tok{{"met", lang.Word}, {"Li", lang.Word}, {".", lang.Punct}, {"Mr.", lang.Abbreviation}, {"Xi", lang.Word}}},
		// a business abbreviation keeps its period as Inc. does; "corp ." written apart and capitals stay as prose gives them
		{"Nvidia Corp. and Warner Bros. rose", []tok{{"Nvidia", lang.Word}, {"Corp.", lang.Abbreviation}, {"and", lang.Word}, {"Warner", lang.Word}, {"Bros.", lang.Abbreviation}, {"rose", lang.Word}}},
		{"Nvidia Corp . rose", []tok{{"Nvidia", lang.Word}, {"Corp", lang.Word}, {".", lang.Punct}, {"rose", lang.Word}}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []tok
		for _, g := range (English{}).Tokenize(tt.in) {
			got = append(got, tok{g.Text, g.Kind})
		}
		if len(got) != len(tt.want) {
			t.Errorf("Tokenize(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Tokenize(%q)[%d] = %v, want %v", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}

func TestFoldAndAnalyze(t *testing.T) {
	var e English
	if got := e.Fold("Russia’S"); got != "russia's" {
		t.Errorf("Fold = %q, want russia's", got)
	}
	tests := []struct{ word, stem string }{
		{"russia's", "russia"}, {"leaders'", "leader"}, {"ministers", "minister"},
		{"countries", "country"}, {"churches", "church"}, {"brics", "brics"}, {"nations", "nation"},
	}
	for _, tt := range tests {
		as := e.Analyze(tt.word)
		if as[0].Stem != tt.word {
			t.Errorf("Analyze(%q)[0] = %q, want the word itself first", tt.word, as[0].Stem)
		}
		found := false
		for _, a := range as {
			found = found || a.Stem == tt.stem
		}
		if !found {
			t.Errorf("Analyze(%q) = %v, want stem %q", tt.word, as, tt.stem)
		}
	}
	if as := e.Analyze("us"); len(as) != 1 {
		t.Errorf("Analyze(us) = %v, want only the word", as)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Li met Putin in the Kremlin. The U.S. said nothing. Mr. Lavrov agreed! Putin met Li. Then they spoke.",
			"Li met Putin in the Kremlin.|The U.S. said nothing.|Mr. Lavrov agreed!|Putin met Li.|Then they spoke."},
		// An abbreviation ends a sentence before a word that opens one, not before a name.
		{"He lives in the U.S. The president said so.", "He lives in the U.S.|The president said so."},
		{"The U.S. Senate voted. Apple Inc. said it would.", "The U.S. Senate voted.|Apple Inc. said it would."},
		{"Microsoft Corp. President Brad Smith said it. Microsoft Corp. The company said so.", "Microsoft Corp. President Brad Smith said it.|Microsoft Corp.|The company said so."},
		{"They met at 5 p.m. Then he left.", "They met at 5 p.m.|Then he left."},
		{"LONDON (Reuters) - Britain's economy grew.\nNEW YORK, Jan. 14 (AP) — Apple said so.\nBERLIN — Volkswagen said so. The U.S. talks - which began Monday - ended. US - China talks.",
			"LONDON (Reuters) -|Britain's economy grew.|NEW YORK, Jan. 14 (AP) —|Apple said so.|BERLIN —|Volkswagen said so.|The U.S. talks - which began Monday - ended.|US - China talks."},
		{"The show starts at 7 p.m. Tickets cost $25. It ends at 9 p.m. ET on Friday. Doors open at 6 p.m. Friday.",
			"The show starts at 7 p.m.|Tickets cost $25.|It ends at 9 p.m. ET on Friday.|Doors open at 6 p.m. Friday."},
		// Titles, initials, months and numbers never end one.
		{"Dr. Smith met Gen. Jones on Jan. 5 at No. 10 Downing St. in London.", "Dr. Smith met Gen. Jones on Jan. 5 at No. 10 Downing St. in London."},
		{"John F. Kennedy was there.", "John F. Kennedy was there."},
		// Closing quotes and brackets stay with the sentence; a lower-case word continues it.
		{`"Why?" he asked. "Because," she said. (It rained.) It was late...`, `"Why?" he asked.|"Because," she said.|(It rained.)|It was late...`},
		{"It cost $3.5 billion... really.", "It cost $3.5 billion... really."},
		{"Police in Baton Rouge, La., said so.", "Police in Baton Rouge, La., said so."},
		// Titles that prose splits from their dot.
		{"Prof. Alan Reyes and Capt. Maria Lund spoke after the Lakers vs. Celtics game in Sept. He said no. They left.",
			"Prof. Alan Reyes and Capt. Maria Lund spoke after the Lakers vs. Celtics game in Sept. He said no.|They left."},
		{"The company was founded in the U.S. According to its filing, it grew.", "The company was founded in the U.S.|According to its filing, it grew."},
		{"He said “no.” Then he left.", "He said “no.”|Then he left."},
		{`"Why now?" Ramsey asked. "We won." Jane Smith said. "We won." Smith met them later.`,
			`"Why now?" Ramsey asked.|"We won." Jane Smith said.|"We won."|Smith met them later.`},
		{`He said they had built "a partnership." Li replied that it held.`, `He said they had built "a partnership."|Li replied that it held.`},
		// Line breaks: a headline or byline line ends; a wrapped line does not.
		{"Welsh MPs fear looking like muppets\nThe proposal has caused alarm.", "Welsh MPs fear looking like muppets|The proposal has caused alarm."},
		{"By Jane Smith\n\nLONDON (Reuters) - Talks resumed.", "By Jane Smith|LONDON (Reuters) -|Talks resumed."},
		{"the president of the\nUnited States, and\nhis aides, met on\nMonday.", "the president of the\nUnited States, and\nhis aides, met on\nMonday."},
		{"He met Putin,\nLavrov and Li.", "He met Putin,\nLavrov and Li."},
		{"\"It is challenging,\"\nMs. Sumbung said.", "\"It is challenging,\"\nMs. Sumbung said."},
		{"Officials said\nThursday that talks between\nRussia and Ukraine would resume.", "Officials said\nThursday that talks between\nRussia and Ukraine would resume."},
		// Hard-wrapped text: a line break is a space, a blank line still ends.
		{"The minister said on Tuesday that talks between the\ntwo countries would resume next week in Geneva\nafter a pause of two months, and that Holly\nWilloughby would chair them.\n\nNext story",
			"The minister said on Tuesday that talks between the\ntwo countries would resume next week in Geneva\nafter a pause of two months, and that Holly\nWilloughby would chair them.|Next story"},
		{"Results\n• Arsenal 2 Chelsea 1\n• Leeds 0 Everton 0", "Results|• Arsenal 2 Chelsea 1|• Leeds 0 Everton 0"},
		{"Steps taken:\n1. Schools were closed.\n2. Roads were cleared. It rose 12. Then it fell.",
			"Steps taken:|1. Schools were closed.|2. Roads were cleared.|It rose 12.|Then it fell."},
		{"one\n\ntwo", "one|two"},
	}
	for _, tt := range tests {
		toks := English{}.Tokenize(tt.text)
		var got []string
		for _, s := range (English{}).Sentences(tt.text, toks) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Sentences(%q) = %q, want %q", tt.text, strings.Join(got, "|"), tt.want)
		}
	}
}

// checkInvariant checks the lang invariants on one input (langtest.Segment).
func checkInvariant(t *testing.T, text string) {
	langtest.Segment(t, English{}, text)
}

func TestStoryInvariant(t *testing.T) {
	b, err := os.ReadFile("../../testdata/story_en.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariant(t, string(b))
}

func FuzzTokenize(f *testing.F) {
	f.Add("Russia's PM met Li. “Fine,” he said. See https://x.org, a@b.org #BRICS 3.5%")
	f.Add("He said \"go.\"")
	f.Add("called it 'the players' shirts' then 'we\u2019re the Joneses\u2019 x")
	f.Fuzz(func(t *testing.T, text string) {
		toks, _ := langtest.Segment(t, English{}, text)
		langtest.WordCues(t, English{}, toks)
	})
}

func readStory(b *testing.B) string {
	data, err := os.ReadFile("../../testdata/story_en.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat(readStory(b)+"\n\n", 20)
	var e English
	b.SetBytes(int64(len(text)))
	ntok := 0
	for b.Loop() {
		ntok += len(e.Tokenize(text))
	}
	b.ReportMetric(float64(ntok)/b.Elapsed().Seconds(), "tokens/s")
}

// TestFoldASCII checks fold's ASCII path against the rune mapping it
// skips: every ASCII byte, alone and in words, and words that are not
// ASCII, which take the mapping.
func TestFoldASCII(t *testing.T) {
	words := []string{"", "Apple", "APPLE", "apple", "O'Neill", "Café", "RUSSIA’S", "a\xffB", "İstanbul", "x\u0301"}
	for c := range 128 {
		words = append(words, string(rune(c)), "A"+string(rune(c))+"z")
	}
	for _, w := range words {
		if got, want := fold(w), strings.Map(foldRune, norm.NFC.String(w)); got != want {
			t.Errorf("fold(%q) = %q, want %q", w, got, want)
		}
	}
}
