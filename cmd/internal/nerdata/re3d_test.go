package nerdata

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/en"
)

func TestReadRe3d(t *testing.T) {
	dir := t.TempDir()
	text := "The Members of the Security Council met President Fuad Masum in Baghdad. They said Australia’s forces and U.S. forces would stay."
	docs := `{ "_id" : "D1", "text" : "` + text + `" }` + "\n"
	// Offsets in code points: ’ is one.
	ent := func(typ, value string) string {
		b := strings.Index(text, value)
		begin := len([]rune(text[:b]))
		end := begin + len([]rune(value))
		return `{ "begin" : ` + strconv.Itoa(begin) + `, "end" : ` + strconv.Itoa(end) + `, "type" : "` + typ + `", "value" : "` + value + `", "documentId" : "D1" }` + "\n"
	}
	ents := ent("Organisation", "The Members of the Security Council") + ent("Organisation", "Security Council") +
		ent("Person", "President Fuad Masum") + ent("Location", "Baghdad") + ent("Organisation", "They") +
		ent("Organisation", "Australia") + ent("Organisation", "U.S. forces") + ent("Temporal", "would")
	for name, s := range map[string]string{"documents.json": docs, "entities.json": ents} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	l, _ := lang.Get("en")
	sents, err := ReadCoNLL(filepath.Join(dir, "entities.json")+"#re3d", conll.Options{Language: l})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sents {
		for i, tok := range s.Tokens {
			if s.Tags[i] != "O" {
				got = append(got, tok.Text+"/"+s.Tags[i])
			}
		}
	}
	want := "Security/B-ORGANIZATION Council/I-ORGANIZATION Fuad/B-PERSON Masum/I-PERSON Baghdad/B-LOCATION Australia/B-LOCATION"
	if g := strings.Join(got, " "); g != want || len(sents) != 2 {
		t.Errorf("got %d sentences, %s\nwant 2, %s", len(sents), g, want)
	}
}
