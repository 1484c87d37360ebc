package recognize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// mentionIn returns the document of text in the language of code, with
// one mention: the first occurrence of name, of type typ and with ID id
// (scored 0.9 by the model), and the language.
func mentionIn(t *testing.T, code, text, name string, typ annotation.Type, id string) (*annotation.Document, []annotation.Entity, lang.Language) {
	t.Helper()
	l, ok := lang.Get(code)
	if !ok {
		t.Fatalf("no language %q", code)
	}
	doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
	start := strings.Index(text, name)
	first, last, ok := doc.TokenRange(start, start+len(name))
	if start < 0 || !ok {
		t.Fatalf("%q not on token boundaries of %q", name, text)
	}
	ents := []annotation.Entity{doc.Mention(first, last, typ, 0.9, "model")}
	ents[0].ID = id
	return doc, ents, l
}

// docHolding returns the document of text in the language of code, cut
// into sentences, with a one-word mention of type typ on each token whose
// text is held (none when held is ""), and the language.
func docHolding(t *testing.T, code, text, held string, typ annotation.Type) (*annotation.Document, []annotation.Entity, lang.Language) {
	t.Helper()
	l, ok := lang.Get(code)
	if !ok {
		t.Fatalf("no language %q", code)
	}
	doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
	doc.Sentences = l.Sentences(doc.Text, doc.Tokens)
	var ents []annotation.Entity
	for i, tok := range doc.Tokens {
		if held != "" && tok.Text == held {
			ents = append(ents, doc.Mention(i, i+1, typ, 0.9, "model"))
		}
	}
	return doc, ents, l
}

// ruleOrganizations returns the texts of the mentions of ents that a rule
// added (Source "rule"), and fails t for one that is not an organization
// or whose text is not its span.
func ruleOrganizations(t *testing.T, doc *annotation.Document, ents []annotation.Entity) []string {
	t.Helper()
	var got []string
	for _, e := range ents {
		if e.Source == "rule" {
			if e.Type != annotation.Organization || doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: added %+v", doc.Text, e)
			}
			got = append(got, e.Text)
		}
	}
	return got
}

// mentionsWithIDs returns each mention of ents as "text TYPE id", and fails
// t for one whose text is not its span.
func mentionsWithIDs(t *testing.T, doc *annotation.Document, ents []annotation.Entity) []string {
	t.Helper()
	var got []string
	for _, e := range ents {
		if doc.Text[e.Start:e.End] != e.Text {
			t.Errorf("%q: offsets [%d, %d) do not hold %q", doc.Text, e.Start, e.End, e.Text)
		}
		got = append(got, fmt.Sprintf("%s %s %s", e.Text, e.Type, e.ID))
	}
	return got
}

// markedDoc returns the document of marked (tokens separated by spaces,
// tokenized by l, which must cut the text into those tokens) and its
// mentions: each [bracketed] run is one, of type typ, or of the type a
// prefix names (P= person, L= place, O= organization: "O=[Sanayi Odası]"),
// with the ID written after its closing bracket ("[Ali]@Q1").
func markedDoc(t *testing.T, l lang.Language, marked string, typ annotation.Type) (*annotation.Document, []annotation.Entity) {
	t.Helper()
	return markedTokensDoc(t, l, marked, typ, l.Tokenize)
}

// markedGivenDoc is markedDoc with the words taken as given tokens
// (givenTokens), as a CoNLL file gives them: 'yi an apostrophe suffix.
func markedGivenDoc(t *testing.T, l lang.Language, marked string, typ annotation.Type) (*annotation.Document, []annotation.Entity) {
	t.Helper()
	return markedTokensDoc(t, l, marked, typ, func(text string) []lang.Token { return givenTokens(text, l) })
}

// markedTokensDoc is markedDoc with the text's tokens made by tokenize.
func markedTokensDoc(t *testing.T, l lang.Language, marked string, typ annotation.Type, tokenize func(string) []lang.Token) (*annotation.Document, []annotation.Entity) {
	t.Helper()
	type span struct {
		first, last int
		typ         annotation.Type
		id          string
	}
	var words []string
	var spans []span
	for _, w := range strings.Fields(marked) {
		if len(w) > 2 && w[1] == '=' && w[2] == '[' {
			spans = append(spans, span{first: len(words), typ: map[byte]annotation.Type{'P': annotation.Person, 'L': annotation.Location, 'O': annotation.Organization}[w[0]]})
			w = w[2:]
		} else if strings.HasPrefix(w, "[") {
			spans = append(spans, span{first: len(words), typ: typ})
		}
		id := ""
		if at := strings.Index(w, "@"); at >= 0 {
			w, id = w[:at], w[at+1:]
		}
		if strings.HasSuffix(w, "]") {
			spans[len(spans)-1].last = len(words) + 1
			spans[len(spans)-1].id = id
		}
		words = append(words, strings.Trim(w, "[]"))
	}
	text := strings.Join(words, " ")
	doc := &annotation.Document{Text: text, Tokens: tokenize(text)}
	if len(doc.Tokens) != len(words) {
		t.Fatalf("%s: %d tokens", text, len(doc.Tokens))
	}
	var ents []annotation.Entity
	for _, sp := range spans {
		e := doc.Mention(sp.first, sp.last, sp.typ, 0.5, "model")
		e.ID = sp.id
		ents = append(ents, e)
	}
	return doc, ents
}

// givenMentionDoc returns the one-sentence document of words (tokens
// separated by spaces, taken as given; see givenTokens) with a mention of
// type typ over the tokens in brackets (bracketedMention), or none when no
// token is.
func givenMentionDoc(words string, l lang.Language, typ annotation.Type) (*annotation.Document, []annotation.Entity) {
	text, first, last := bracketedMention(words)
	doc := &annotation.Document{Text: text, Tokens: givenTokens(text, l)}
	doc.Sentences = []lang.Sentence{{Start: 0, End: len(text), First: 0, Last: len(doc.Tokens)}}
	var ents []annotation.Entity
	if last > first {
		ents = append(ents, doc.Mention(first, last, typ, 0.5, "model"))
	}
	return doc, ents
}

// mentionsOf returns ents as "TYP text" joined by "|" (TYP the type's first
// three letters: "ORG Advocate|PER Hill"), and fails t for a mention whose
// text or tokens are not its span, and for mentions out of order or
// overlapping.
func mentionsOf(t *testing.T, doc *annotation.Document, ents []annotation.Entity) string {
	t.Helper()
	checkOrder(t, doc, ents)
	var out []string
	for _, e := range ents {
		checkSpan(t, doc, e)
		out = append(out, string(e.Type)[:3]+" "+e.Text)
	}
	return strings.Join(out, "|")
}

// textsOf returns the texts of the mentions of ents of type typ (any type
// when typ is "") joined by "|", and fails t for a mention whose text is
// not its span.
func textsOf(t *testing.T, doc *annotation.Document, ents []annotation.Entity, typ annotation.Type) string {
	t.Helper()
	var out []string
	for _, e := range ents {
		checkSpan(t, doc, e)
		if typ == "" || e.Type == typ {
			out = append(out, e.Text)
		}
	}
	return strings.Join(out, "|")
}

// checkSpan fails t when e's text is not the document's text at its
// offsets.
func checkSpan(t *testing.T, doc *annotation.Document, e annotation.Entity) {
	t.Helper()
	if e.Start < 0 || e.End > len(doc.Text) || e.Start > e.End || doc.Text[e.Start:e.End] != e.Text {
		t.Errorf("%q: mention %q at [%d, %d) is not its span", doc.Text, e.Text, e.Start, e.End)
	}
	if e.First < 0 || e.Last > len(doc.Tokens) || e.First >= e.Last ||
		doc.Tokens[e.First].Start != e.Start || doc.Tokens[e.Last-1].End != e.End {
		t.Errorf("%q: mention %q at [%d, %d) is not the span of its tokens [%d, %d)", doc.Text, e.Text, e.Start, e.End, e.First, e.Last)
	}
}

// checkOrder fails t unless ents are sorted by their tokens and do not
// overlap, as every rule keeps them.
func checkOrder(t *testing.T, doc *annotation.Document, ents []annotation.Entity) {
	t.Helper()
	for i := 1; i < len(ents); i++ {
		if ents[i].First < ents[i-1].Last {
			t.Errorf("%q: mention %q [%d, %d) overlaps or precedes %q [%d, %d)", doc.Text,
				ents[i].Text, ents[i].First, ents[i].Last, ents[i-1].Text, ents[i-1].First, ents[i-1].Last)
		}
	}
}

// bracketedDoc returns the document of words (tokens separated by spaces,
// a mention's tokens in brackets, see bracketedMention) tokenized by l,
// and the mention's token range; it fails t when l does not cut the text
// into those tokens.
func bracketedDoc(t *testing.T, l lang.Language, words string) (doc *annotation.Document, first, last int) {
	t.Helper()
	text, first, last := bracketedMention(words)
	doc = &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
	if len(doc.Tokens) != len(strings.Fields(text)) {
		t.Fatalf("%s: %d tokens", text, len(doc.Tokens))
	}
	return doc, first, last
}
