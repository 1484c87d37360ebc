package entity_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/varlik/varlik/entity"
)

// spanOf returns the span of the first occurrence of name in text.
func spanOf(t *testing.T, text, name string, typ entity.Type) entity.MentionSpan {
	t.Helper()
	i := strings.Index(text, name)
	if i < 0 {
		t.Fatalf("%q not in %q", name, text)
	}
	return entity.MentionSpan{Start: i, End: i + len(name), Type: typ}
}

type givenName struct {
	name string
	typ  entity.Type
}

// TestLinkMentionsIDs checks the IDs of given spans: a gazetteer entry's,
// the same in every language (Rusya, России; Mişustin's), one shared by a
// short mention and its full name, and a name ID, also the same in the
// three languages, for names no gazetteer knows.
func TestLinkMentionsIDs(t *testing.T) {
	x, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	const mishustin = "varlik:person:mikhail-mishustin"
	for _, c := range []struct {
		code, text string
		spans      []givenName
		want       []string // IDs, one per span
	}{
		{"tr", "Rusya Başbakanı Mihail Mişustin, Ankara'da konuştu. Mişustin'e teşekkür edildi.",
			[]givenName{{"Rusya", entity.Location}, {"Mihail Mişustin", entity.Person}, {"Ankara", entity.Location}, {"Mişustin", entity.Person}},
			[]string{"Q159", mishustin, "geonames:323786", mishustin}},
		{"en", "Russian Prime Minister Mikhail Mishustin spoke in Ankara.",
			[]givenName{{"Mikhail Mishustin", entity.Person}, {"Ankara", entity.Location}},
			[]string{mishustin, "geonames:323786"}},
		{"ru", "Премьер-министр России Михаил Мишустин выступил в Анкаре.",
			[]givenName{{"России", entity.Location}, {"Михаил Мишустин", entity.Person}, {"Анкаре", entity.Location}},
			[]string{"Q159", mishustin, "geonames:323786"}},
		{"en", "Dolly Menga met Rusty Quillfeather at Zorbington.",
			[]givenName{{"Dolly Menga", entity.Person}, {"Zorbington", entity.Location}},
			[]string{"name:dl-mn", "name:srbngtn"}},
		{"ru", "Долли Менга встретилась с Расти Квиллфезером в Зорбингтоне.",
			[]givenName{{"Долли Менга", entity.Person}, {"Зорбингтоне", entity.Location}},
			[]string{"name:dl-mn", "name:srbngtn"}},
		{"", "Dolly Menga spoke.", // the language identified
			[]givenName{{"Dolly Menga", entity.Person}},
			[]string{"name:dl-mn"}},
		{"en", "No one spoke.", nil, []string{}},
	} {
		spans := make([]entity.MentionSpan, len(c.spans))
		from := 0 // the spans are in text order: each is sought after the last
		for i, s := range c.spans {
			spans[i] = spanOf(t, c.text[from:], s.name, s.typ)
			spans[i].Start += from
			spans[i].End += from
			from = spans[i].End
		}
		ents, err := x.LinkMentions(context.Background(), c.code, c.text, spans)
		if err != nil {
			t.Fatalf("%q: %v", c.text, err)
		}
		if len(ents) != len(c.want) {
			t.Fatalf("%q: %d entities, want %d", c.text, len(ents), len(c.want))
		}
		for i, e := range ents {
			s := spans[i]
			if e.Start != s.Start || e.End != s.End || e.Type != s.Type || e.Text != c.text[s.Start:s.End] {
				t.Errorf("%q: entity %d is %q %s %d-%d, want the span %q %s %d-%d", c.text, i, e.Text, e.Type, e.Start, e.End, c.text[s.Start:s.End], s.Type, s.Start, s.End)
			}
			if e.ID != c.want[i] {
				t.Errorf("%q: %q has ID %q, want %q", c.text, e.Text, e.ID, c.want[i])
			}
		}
	}
}

// TestLinkMentionsKeepsCallerOrder checks that spans given out of text
// order come back in the caller's order, each with its own ID.
func TestLinkMentionsKeepsCallerOrder(t *testing.T) {
	x, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Rusya ve Çin anlaştı."
	spans := []entity.MentionSpan{spanOf(t, text, "Çin", entity.Location), spanOf(t, text, "Rusya", entity.Location)}
	ents, err := x.LinkMentions(context.Background(), "tr", text, spans)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 2 || ents[0].Text != "Çin" || ents[0].ID != "Q148" || ents[1].Text != "Rusya" || ents[1].ID != "Q159" {
		t.Errorf("got %+v, want Çin Q148 then Rusya Q159", ents)
	}
}

// TestLinkMentionsBadSpans checks that every kind of bad span gives an
// error wrapping ErrBadSpan, and no entities, rather than a panic.
func TestLinkMentionsBadSpans(t *testing.T) {
	x, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Çin ve  Rusya."
	for _, c := range []struct {
		why   string
		spans []entity.MentionSpan
	}{
		{"negative start", []entity.MentionSpan{{Start: -1, End: 3, Type: entity.Location}}},
		{"past the end", []entity.MentionSpan{{Start: 9, End: len(text) + 1, Type: entity.Location}}},
		{"empty", []entity.MentionSpan{{Start: 2, End: 2, Type: entity.Location}}},
		{"reversed", []entity.MentionSpan{{Start: 4, End: 0, Type: entity.Location}}},
		{"inside Ç's two bytes", []entity.MentionSpan{{Start: 1, End: 4, Type: entity.Location}}},
		{"unknown type", []entity.MentionSpan{{Start: 0, End: 4, Type: "MISC"}}},
		{"white space only", []entity.MentionSpan{{Start: 7, End: 8, Type: entity.Location}}},
		{"inside a token", []entity.MentionSpan{{Start: 10, End: 12, Type: entity.Location}}},
		{"ending inside a token", []entity.MentionSpan{{Start: 9, End: 12, Type: entity.Location}}},
		{"starting inside a token", []entity.MentionSpan{{Start: 10, End: 14, Type: entity.Location}}},
		{"overlapping", []entity.MentionSpan{{Start: 0, End: 4, Type: entity.Location}, {Start: 2, End: 7, Type: entity.Location}}},
	} {
		ents, err := x.LinkMentions(context.Background(), "tr", text, c.spans)
		if !errors.Is(err, entity.ErrBadSpan) || ents != nil {
			t.Errorf("%s: got %v, %v; want ErrBadSpan and no entities", c.why, ents, err)
		}
	}
}

// TestLinkMentionsErrors checks the errors that do not come from a span:
// a done context, an unknown language, a text over the size limit, an
// Extractor New did not make.
func TestLinkMentionsErrors(t *testing.T) {
	x, err := entity.New(entity.WithMaxBytes(10))
	if err != nil {
		t.Fatal(err)
	}
	span := []entity.MentionSpan{{Start: 0, End: 3, Type: entity.Location}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.LinkMentions(ctx, "tr", "Çin.", span); !errors.Is(err, context.Canceled) {
		t.Errorf("done context: %v, want context.Canceled", err)
	}
	if _, err := x.LinkMentions(context.Background(), "xx", "Çin.", span); !errors.Is(err, entity.ErrUnsupportedLanguage) {
		t.Errorf("unknown language: %v, want ErrUnsupportedLanguage", err)
	}
	var nilCtx context.Context
	if _, err := x.LinkMentions(nilCtx, "tr", "Çin.", span); !errors.Is(err, entity.ErrNilContext) {
		t.Errorf("nil context: %v, want ErrNilContext", err)
	}
	if _, err := x.LinkMentions(context.Background(), "tr", "Çin çok büyük bir ülke.", span); !errors.Is(err, entity.ErrTooLarge) {
		t.Errorf("over the limit: %v, want ErrTooLarge", err)
	}
	var zero entity.Extractor
	if _, err := zero.LinkMentions(context.Background(), "tr", "Çin.", span); !errors.Is(err, entity.ErrNotInitialized) {
		t.Errorf("zero Extractor: %v, want ErrNotInitialized", err)
	}
}

// TestLinkMentionsConcurrent checks that one Extractor links from many
// goroutines at once with the result it gives alone (go test -race finds
// shared state).
func TestLinkMentionsConcurrent(t *testing.T) {
	x, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Премьер-министр России Михаил Мишустин выступил. Мишустин уехал."
	spans := []entity.MentionSpan{spanOf(t, text, "России", entity.Location), spanOf(t, text, "Михаил Мишустин", entity.Person), {Start: strings.LastIndex(text, "Мишустин"), End: strings.LastIndex(text, "Мишустин") + len("Мишустин"), Type: entity.Person}}
	want, err := x.LinkMentions(context.Background(), "ru", text, spans)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			got, err := x.LinkMentions(context.Background(), "ru", text, spans)
			if err != nil {
				t.Error(err)
				return
			}
			for i := range got {
				if got[i].ID != want[i].ID || got[i].Canonical != want[i].Canonical {
					t.Errorf("%q: %s %q, alone %s %q", got[i].Text, got[i].ID, got[i].Canonical, want[i].ID, want[i].Canonical)
				}
			}
		})
	}
	wg.Wait()
}

// TestLinkMentionsAnySpan links every span of a short text with marks,
// suffixes and two scripts, each type: none may panic, and each either
// fails with ErrBadSpan or keeps the offset invariant.
func TestLinkMentionsAnySpan(t *testing.T) {
	x, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Çin'in «Путин» -\n Li."
	for start := -1; start <= len(text); start++ {
		for end := start; end <= len(text)+1; end++ {
			for _, typ := range []entity.Type{entity.Person, entity.Location, entity.Organization} {
				ents, err := x.LinkMentions(context.Background(), "tr", text, []entity.MentionSpan{{Start: start, End: end, Type: typ}})
				if err != nil {
					if !errors.Is(err, entity.ErrBadSpan) {
						t.Errorf("%d-%d: %v, want ErrBadSpan", start, end, err)
					}
					continue
				}
				if len(ents) != 1 || ents[0].Text != text[start:end] || ents[0].Start != start || ents[0].End != end {
					t.Errorf("%d-%d: got %+v", start, end, ents)
				}
			}
		}
	}
}
