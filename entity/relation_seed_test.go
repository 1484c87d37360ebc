package entity

import (
	"context"
	"os"
	"testing"

	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/relation"
)

// seedNames are the entities of the seed article, as fixtures: the
// acceptance test of linking and relations assumes gold entities.
var seedNames = []nameSpec{
	{Text: "HANGZHOU", Type: Location}, {Text: "Xinhua", Type: Organization}, {Text: "Çin", Type: Location}, {Text: "Li Qiang", Type: Person},
	{Text: "Rusya", Type: Location}, {Text: "Li", Type: Person}, {Text: "Zhejiang", Type: Location}, {Text: "Hangzhou", Type: Location},
	{Text: "Mihail Mişustin", Type: Person}, {Text: "Mişustin", Type: Person}, {Text: "Shanghai İşbirliği Örgütü", Type: Organization},
	{Text: "BRICS", Type: Organization}, {Text: "Birleşmiş Milletler", Type: Organization},
}

func readSeed(t *testing.T) string { return readSeedB(t) }

func readSeedB(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/xinhua_hangzhou_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSeedArticleRelations(t *testing.T) {
	l := turkish()
	doc := docWithNames(t, readSeed(t), seedNames, l)
	link.AddShortMentions(doc, l)
	link.New(nil).Link(doc, l)
	rels := relation.Extract(context.Background(), doc, l)
	type triple struct {
		typ             RelationType
		subj, obj, role string
	}
	got := map[triple]bool{}
	canon := func(i int) string {
		if i < 0 {
			return ""
		}
		return doc.Entities[i].Canonical
	}
	for _, r := range rels {
		if r.Start < 0 || r.End > len(doc.Text) || r.Start >= r.End {
			t.Errorf("relation %+v: bad evidence span", r)
		}
		t.Logf("%s %s → %s (%s) %q", r.Type, canon(r.Subject), canon(r.Object), r.Role, doc.Text[r.Start:r.End])
		got[triple{r.Type, canon(r.Subject), canon(r.Object), r.Role}] = true
	}
	for _, want := range []triple{
		{Role, "Li Qiang", "Çin", "Başbakan"},
		{Role, "Mihail Mişustin", "Rusya", "Başbakan"},
		{LocatedIn, "Hangzhou", "Zhejiang", ""},
		{LocatedIn, "Zhejiang", "Çin", ""},
		{Meets, "Li Qiang", "Mihail Mişustin", ""},
		{Says, "Li Qiang", "", ""},
		{Says, "Mihail Mişustin", "", ""},
	} {
		if !got[want] {
			t.Errorf("missing %v", want)
		}
	}
}

func TestSeedArticleLinking(t *testing.T) {
	l := turkish()
	doc := docWithNames(t, readSeed(t), seedNames, l)
	link.AddShortMentions(doc, l)
	link.New(nil).Link(doc, l)
	ids := map[string]string{} // canonical → ID
	for _, e := range doc.Entities {
		want := map[string]string{"Li": "Li Qiang", "Mişustin": "Mihail Mişustin", "HANGZHOU": "Hangzhou"}[e.Text]
		if want == "" {
			want = e.Text
		}
		if e.Canonical != want {
			t.Errorf("%q at %d: Canonical %q, want %q", e.Text, e.Start, e.Canonical, want)
		}
		if id, ok := ids[e.Canonical]; ok && id != e.ID {
			t.Errorf("%q at %d: ID %q, want %q like the other mentions of %q", e.Text, e.Start, e.ID, id, e.Canonical)
		}
		ids[e.Canonical] = e.ID
	}
}
