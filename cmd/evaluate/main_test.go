package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/tr"
)

// TestEvaluateDefaultModel scores the embedded model on the tiny synthetic
// corpus and checks the table's shape.
func TestEvaluateDefaultModel(t *testing.T) {
	var stdout, stderr strings.Builder
	if err := run([]string{"../../ner/testdata/ner_tiny.conll"}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	for _, want := range []string{"PERSON", "LOCATION", "ORGANIZATION", "overall"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
}

// TestEvaluatePipeline scores the whole Extractor on the same corpus.
func TestEvaluatePipeline(t *testing.T) {
	var stdout, stderr strings.Builder
	if err := run([]string{"-pipeline", "../../ner/testdata/ner_tiny.conll"}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "overall") {
		t.Errorf("no table:\n%s", stdout.String())
	}
}

func TestEvaluateErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"no/such.conll"}, {"-model", "no/such.model", "../../ner/testdata/ner_tiny.conll"}} {
		if err := run(args, &strings.Builder{}, &strings.Builder{}); err == nil {
			t.Errorf("%v: want an error", args)
		}
	}
}

// TestEvaluateShowsErrors checks that -errors prints the sentences whose
// spans differ from gold, in both modes, and no more than asked.
func TestEvaluateShowsErrors(t *testing.T) {
	for _, mode := range [][]string{nil, {"-pipeline"}} {
		var stdout, stderr strings.Builder
		args := append(append([]string{"-errors", "1"}, mode...), "../../ner/testdata/ner_tiny.conll")
		if err := run(args, &stdout, &stderr); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr.String())
		}
		// One sentence is shown when the scores are not perfect, none when they are.
		want := 1
		if strings.Contains(stdout.String(), "overall           1.0000    1.0000    1.0000") {
			want = 0
		}
		if n := strings.Count(stdout.String(), "  gold: "); n != want || strings.Count(stdout.String(), "  pred: ") != want {
			t.Errorf("%v: %d gold lines, want %d:\n%s", args, n, want, stdout.String())
		}
	}
}

// TestEvaluatePipelineDocuments checks that -doc N scores documents of N
// sentences against the same gold spans as one sentence per document.
func TestEvaluatePipelineDocuments(t *testing.T) {
	overall := func(args ...string) []string {
		var stdout, stderr strings.Builder
		if err := run(append(args, "../../ner/testdata/ner_tiny.conll"), &stdout, &stderr); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr.String())
		}
		for _, line := range strings.Split(stdout.String(), "\n") {
			if f := strings.Fields(line); len(f) == 7 && f[0] == "overall" {
				return f
			}
		}
		t.Fatalf("%v: no overall line:\n%s", args, stdout.String())
		return nil
	}
	one, three := overall("-pipeline"), overall("-pipeline", "-doc", "3")
	if one[4] != three[4] {
		t.Errorf("gold spans: %s with -doc 1, %s with -doc 3", one[4], three[4])
	}
	if three[5] == "0" {
		t.Error("-doc 3 predicted nothing")
	}
	for _, args := range [][]string{{"-doc", "3"}, {"-pipeline", "-doc", "0"}} {
		if err := run(append(args, "../../ner/testdata/ner_tiny.conll"), &strings.Builder{}, &strings.Builder{}); err == nil {
			t.Errorf("%v: want an error", args)
		}
	}
}

// TestFalsePersons counts the predicted persons no gold person matches, on
// sentences written for the test: a nationality word, a common word opening
// a sentence (in an inflected form), a real person and a missed one.
func TestFalsePersons(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pred.conll")
	lexicon := filepath.Join(dir, "common.txt")
	conllText := "Amerikalı\tO\tB-PER\ndiplomatlar\tO\tO\ngeldi\tO\tO\n\n" +
		"Depremde\tO\tB-PER\nbina\tO\tO\nyıkıldı\tO\tO\n\n" +
		"Ayşe\tB-PER\tB-PER\nYılmaz\tI-PER\tI-PER\nkonuştu\tO\tO\n\n" +
		"Kemal\tB-PER\tO\ngeldi\tO\tO\n"
	if err := os.WriteFile(file, []byte(conllText), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(lexicon, []byte("deprem [P:Noun]\nbina\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr strings.Builder
	if err := run([]string{"-predicted", "-false-persons", lexicon, file}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	want := "PERSON false positives: 2; nationality words 1; one-word sentence openers 2, of which common words 1"
	if !strings.Contains(stdout.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, stdout.String())
	}
	if err := run([]string{"-false-persons", lexicon, file}, &stdout, &stderr); err == nil {
		t.Error("-false-persons without -predicted gave no error")
	}
}

// TestEvaluateText scores the Extractor on raw text: a document of two
// lines whose gold spans are byte offsets into each line. The offsets of
// the second line are its own, so a prediction there is matched only if
// the line's start in the document is taken off.
func TestEvaluateText(t *testing.T) {
	file := filepath.Join(t.TempDir(), "gold.jsonl")
	data := `{"id":"ntrex.tr.0001","text":"Rusya Devlet Başkanı Vladimir Putin Ankara'ya geldi.","entities":[{"type":"LOCATION","start":0,"end":5},{"type":"PERSON","start":23,"end":37},{"type":"LOCATION","start":38,"end":44}]}
{"id":"ntrex.tr.0002","text":"Putin, Recep Tayyip Erdoğan ile görüştü.","entities":[{"type":"PERSON","start":0,"end":5},{"type":"PERSON","start":7,"end":28}]}
`
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	articles := filepath.Join(t.TempDir(), "articles.tsv")
	if err := os.WriteFile(articles, []byte("a\na\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, grouping := range [][]string{{"-doc", "1"}, {"-doc", "2"}, {"-articles", articles}} {
		var stdout, stderr strings.Builder
		if err := run(append(append([]string{"-pipeline", "-lang", "tr"}, grouping...), file), &stdout, &stderr); err != nil {
			t.Fatalf("%s: %v\n%s", grouping, err, stderr.String())
		}
		if !strings.Contains(stdout.String(), "overall           1.0000    1.0000    1.0000       5       5       5") {
			t.Errorf("%s: want every span found:\n%s", grouping, stdout.String())
		}
	}
	for _, bad := range [][]string{{file}, {"-pipeline", "-doc", "2", "-articles", articles, file}, {"-articles", articles, file},
		{"-pipeline", "-articles", filepath.Join(t.TempDir(), "none.tsv"), file}} {
		if err := run(bad, &strings.Builder{}, &strings.Builder{}); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}

// TestEvaluateRelations scores the Extractor's relations on a small
// annotation file and checks the counts: the seed article's sentence has
// two roles and a meeting that the patterns find, and one role the text
// does not state is annotated to be missed.
func TestEvaluateRelations(t *testing.T) {
	const ann = `# varlik annotation v1
# collection: test
# lang: tr
# relations: yes

## test.0001
[[Çin|LOC]] Başbakanı [[Li Qiang|PER]], [[Rusya|LOC]] Başbakanı [[Mihail Mişustin|PER]] ile görüştü.
@ ROLE Li Qiang | Çin | Başbakan
@ ROLE Mihail Mişustin | Rusya | Başbakan
@ MEETS Li Qiang | Mihail Mişustin

## test.0002
[[Ahmet Yılmaz|PER]] dün geldi.
@ ROLE Ahmet Yılmaz | - | Öğretmen
`
	path := filepath.Join(t.TempDir(), "rel.ann")
	if err := os.WriteFile(path, []byte(ann), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr strings.Builder
	if err := run([]string{"-relations", "-lines", "1-2", "-errors", "5", path}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"MEETS          1.0000    1.0000    1.0000      1      1       1         1    1.0000",
		"ROLE           1.0000    0.6667    0.8000      3      2       2         3    0.6667",
		"test.0002 missed ROLE Ahmet Yılmaz | - | öğretmen",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	noRelations := filepath.Join(t.TempDir(), "norel.ann")
	if err := os.WriteFile(noRelations, []byte(strings.Replace(ann, "relations: yes", "relations: no", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"-relations", noRelations}, {"-relations", "../../ner/testdata/ner_tiny.conll"}} {
		if err := run(args, &strings.Builder{}, &strings.Builder{}); err == nil {
			t.Errorf("%v: want an error", args)
		}
	}
}

// TestEvaluateTypedInASCII checks that -type-ascii scores a CoNLL file,
// not the other inputs, and that typeSentencesASCII types every token, with
// offsets and Norm made again and the tags kept.
func TestEvaluateTypedInASCII(t *testing.T) {
	var stdout, stderr strings.Builder
	if err := run([]string{"-pipeline", "-type-ascii", "../../ner/testdata/ner_tiny.conll"}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "overall") {
		t.Errorf("no table:\n%s", stdout.String())
	}
	for _, bad := range [][]string{{"-type-ascii", "-predicted", "x.conll"}, {"-type-ascii", "-pipeline", "x.jsonl"}} {
		if err := run(bad, &strings.Builder{}, &strings.Builder{}); err == nil {
			t.Errorf("%v: want an error", bad)
		}
	}
	tr, _ := lang.Get("tr")
	sents, err := conll.ReadFile("../../ner/testdata/ner_tiny.conll", conll.Options{Language: tr})
	if err != nil {
		t.Fatal(err)
	}
	typed := typeSentencesASCII(sents, tr)
	for i, s := range typed {
		if !slices.Equal(s.Tags, sents[i].Tags) {
			t.Errorf("sentence %d: tags changed", i)
		}
		off := 0
		for j, tok := range s.Tokens {
			if strings.ContainsAny(tok.Text, "çğıöşüÇĞİÖŞÜ") || tok.Start != off || tok.End != off+len(tok.Text) ||
				tok.Norm != tr.Fold(tok.Text) || tok.Kind != sents[i].Tokens[j].Kind {
				t.Errorf("sentence %d token %d: %+v", i, j, tok)
			}
			off = tok.End + 1
		}
	}
	if got := typed[0].Tokens[1].Text; got != "Celik" {
		t.Errorf("first sentence's second token typed %q, want Celik", got)
	}
}

// TestDroppedApostrophes checks that -drop-apostrophes glues each
// apostrophe suffix to its word, tags and offsets kept consistent.
func TestDroppedApostrophes(t *testing.T) {
	tr, _ := lang.Get("tr")
	sents := []annotation.TaggedSentence{{
		Tokens: []lang.Token{{Text: "Heyet"}, {Text: "Ankara'daki"}, {Text: "Meclis"}, {Text: "'e"}, {Text: "gitti"}},
		Tags:   []string{"O", "B-LOCATION", "B-ORGANIZATION", "O", "O"},
	}}
	for i := range sents[0].Tokens {
		tok := &sents[0].Tokens[i]
		tok.Kind = conll.TokenKind(tok.Text, tr)
	}
	got := droppedApostrophes(sents, tr)[0]
	var words []string
	off := 0
	for _, tok := range got.Tokens {
		words = append(words, tok.Text)
		if tok.Start != off || tok.End != off+len(tok.Text) || tok.Norm != tr.Fold(tok.Text) {
			t.Errorf("token %+v", tok)
		}
		off = tok.End + 1
	}
	if w := strings.Join(words, " "); w != "Heyet Ankaradaki Meclise gitti" {
		t.Errorf("words %q", w)
	}
	if !slices.Equal(got.Tags, []string{"O", "B-LOCATION", "B-ORGANIZATION", "O"}) {
		t.Errorf("tags %v", got.Tags)
	}
	for _, bad := range [][]string{{"-drop-apostrophes", "-predicted", "x.conll"}, {"-drop-apostrophes", "-split-apostrophes", "x.conll"},
		{"-case", "lower", "-relations", "x.ann"}} {
		if err := run(bad, &strings.Builder{}, &strings.Builder{}); err == nil {
			t.Errorf("%v: want an error", bad)
		}
	}
}

// TestEvaluateRecased checks that -case scores a CoNLL file and recased
// gives every token the language's lower case or capitals, with offsets
// and Norm made again and the tags kept; an unknown mode is an error.
func TestEvaluateRecased(t *testing.T) {
	var stdout, stderr strings.Builder
	if err := run([]string{"-pipeline", "-case", "upper", "../../ner/testdata/ner_tiny.conll"}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "overall") {
		t.Errorf("no table:\n%s", stdout.String())
	}
	tr, _ := lang.Get("tr")
	sents, err := conll.ReadFile("../../ner/testdata/ner_tiny.conll", conll.Options{Language: tr})
	if err != nil {
		t.Fatal(err)
	}
	for mode, want := range map[string]func(string) string{"lower": tr.Fold, "upper": func(s string) string { return lang.Upper(tr, s) }} {
		got, err := recased(sents, tr, mode)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range got {
			if !slices.Equal(s.Tags, sents[i].Tags) {
				t.Errorf("%s: sentence %d: tags changed", mode, i)
			}
			off := 0
			for j, tok := range s.Tokens {
				if tok.Text != want(sents[i].Tokens[j].Text) || tok.Start != off || tok.End != off+len(tok.Text) || tok.Norm != tr.Fold(tok.Text) {
					t.Errorf("%s: sentence %d token %d: %+v", mode, i, j, tok)
				}
				off = tok.End + 1
			}
		}
	}
	if got := sents[0].Tokens[1].Text; got != "Çelik" {
		t.Fatalf("the tiny corpus changed: %q", got)
	}
	if up, _ := recased(sents, tr, "upper"); up[0].Tokens[0].Text != "ALİ" {
		t.Errorf("upper: %q, want ALİ (Turkish capitals)", up[0].Tokens[0].Text)
	}
	if _, err := recased(sents, tr, "title"); err == nil {
		t.Error("mode title: want an error")
	}
}
