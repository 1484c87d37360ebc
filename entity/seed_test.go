package entity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestSeedArticleEndToEnd runs the whole pipeline on the article the
// project started from and checks what issue 5 and issue 4 ask of it:
// every name found with its exact span and type, the short names linked to
// the full ones, and the stated relations.
func TestSeedArticleEndToEnd(t *testing.T) {
	text := seedArticle(t)
	doc, err := newExtractor(t).Extract(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	found := map[[2]int]entity.Entity{}
	for _, e := range doc.Entities {
		found[[2]int{e.Start, e.End}] = e
	}
	// Every occurrence of each name, as a whole word, must be an entity of
	// its type with exactly that span.
	names := []struct {
		name      string
		typ       entity.Type
		canonical string
	}{
		{"Li Qiang", entity.Person, "Li Qiang"},
		{"Mihail Mişustin", entity.Person, "Mihail Mişustin"},
		{"Mişustin", entity.Person, "Mihail Mişustin"},
		{"Li", entity.Person, "Li Qiang"},
		{"Çin", entity.Location, ""},
		{"Rusya", entity.Location, ""},
		{"Zhejiang", entity.Location, ""},
		{"Hangzhou", entity.Location, ""},
		{"HANGZHOU", entity.Location, ""},
		{"Shanghai İşbirliği Örgütü", entity.Organization, ""},
		{"BRICS", entity.Organization, ""},
		{"Xinhua", entity.Organization, ""},
		{"Birleşmiş Milletler", entity.Organization, ""},
	}
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], n.name)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(n.name)
			off = end
			if end < len(text) && isLetterByte(text[end]) || start > 0 && isLetterByte(text[start-1]) {
				continue // part of a longer word
			}
			if n.name == "Mişustin" && strings.HasSuffix(text[:start], "Mihail ") || n.name == "Li" && strings.HasPrefix(text[end:], " Qiang") {
				continue // inside the full name
			}
			e, ok := found[[2]int{start, end}]
			switch {
			case !ok:
				t.Errorf("%q at %d not found", n.name, start)
			case e.Type != n.typ:
				t.Errorf("%q at %d is %s, want %s", n.name, start, e.Type, n.typ)
			case n.canonical != "" && e.Canonical != n.canonical:
				t.Errorf("%q at %d links to %q, want %q", n.name, start, e.Canonical, n.canonical)
			}
		}
	}
	type rel struct{ typ, subj, obj, role string }
	got := map[rel]bool{}
	for _, r := range doc.Relations {
		obj := ""
		if r.Object >= 0 {
			obj = doc.Entities[r.Object].Canonical
		}
		got[rel{string(r.Type), doc.Entities[r.Subject].Canonical, obj, r.Role}] = true
	}
	for _, want := range []rel{
		{"ROLE", "Li Qiang", "Çin", "Başbakan"},
		{"ROLE", "Mihail Mişustin", "Rusya", "Başbakan"},
		{"LOCATED_IN", "Hangzhou", "Zhejiang", ""},
		{"LOCATED_IN", "Zhejiang", "Çin", ""},
	} {
		if !got[want] {
			t.Errorf("missing relation %+v; have %v", want, got)
		}
	}
	if !got[rel{"MEETS", "Li Qiang", "Mihail Mişustin", ""}] && !got[rel{"MEETS", "Mihail Mişustin", "Li Qiang", ""}] {
		t.Errorf("missing Li Qiang MEETS Mihail Mişustin; have %v", got)
	}
}

func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
