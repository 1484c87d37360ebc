package link

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang/ru"
)

func TestRussianShortNames(t *testing.T) {
	l := ru.Russian{}
	text := "Встреча с Владимиром Путиным и Ли Цяном. Путин сказал, что Ли прав, а Иванов нет."
	toks := l.Tokenize(text)
	doc := &annotation.Document{Text: text, Tokens: toks}
	var ents []annotation.Entity
	for _, name := range []string{"Владимиром Путиным", "Ли Цяном"} {
		start := strings.Index(text, name)
		first, last, ok := doc.TokenRange(start, start+len(name))
		if !ok {
			t.Fatalf("%q is not on token boundaries", name)
		}
		ents = append(ents, doc.Mention(first, last, annotation.Person, 0.9, "model"))
	}
	var got []string
	for _, e := range inflectedShortNames(doc, ents, l, nil) {
		got = append(got, e.Text+" "+e.Source)
	}
	want := []string{"Владимиром Путиным model", "Ли Цяном model", "Путин rule", "Ли rule"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
