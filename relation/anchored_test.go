package relation_test

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/relation"
)

// TestAnchoredStarts checks that the relations found with the shortcuts
// that skip tries bound to fail (a Pattern tried only from the units its
// anchor may begin, one anchored on an entity only where the element after
// it may start, a title only near its entity, none past the last unit
// where a word it needs after its anchor may start, a look-around only
// where the element after it may start, a word element's phrases only
// those that may start with the unit's word, the sentences that have not
// what any Pattern needs left unindexed and untried) are those found
// without, on the news and the story of each language annotated by the
// whole pipeline.
func TestAnchoredStarts(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates 1,200 lines of news")
	}
	ctx := context.Background()
	for _, code := range []string{"tr", "en", "ru"} {
		news, err := os.ReadFile("../testdata/news_" + code + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		story, err := os.ReadFile("../testdata/story_" + code + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		data := string(news) + "\n\n" + string(story)
		x, err := entity.New(entity.WithLanguage(code))
		if err != nil {
			t.Fatal(err)
		}
		l, _ := lang.Get(code)
		if !relation.IndexesMarkedSentences(code) {
			t.Errorf("%s: every sentence is indexed and tried: a Pattern needs neither an entity nor a quote", code)
		}
		found := 0
		for d := range strings.SplitSeq(data, "\n\n") {
			doc, err := x.Extract(ctx, d)
			if err != nil {
				t.Fatal(err)
			}
			got, want := relation.Extract(ctx, doc, l), relation.ExtractEveryTry(ctx, doc, l)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: with shortcuts found %v, without %v", code, got, want)
			}
			found += len(got)
		}
		if found == 0 {
			t.Errorf("%s: no relations to compare", code)
		}
	}
}
